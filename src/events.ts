import { EventEmitter } from 'node:events';
import type { DomainEvents } from './contract/domain-events.ts';

/**
 * What domain verbs announce after their transaction commits (payloads: src/contract/
 * domain-events.ts). The realtime hub subscribes and pushes to sockets (on this instance, and
 * through Redis to the others).
 */
export class DomainEventBus extends EventEmitter<DomainEvents> {}
