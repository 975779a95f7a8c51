/**
 * A backup or restore command declined to act (exit code 3): the target is not empty, a server is
 * running on it, the backup is missing or of the wrong kind. Nothing was changed.
 */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}
