import { localTime } from '../../domain/local-time.ts';

/**
 * What a proposal says will happen, written by the server (never the model) in the language of
 * the conversation: the line the user confirms ("Reservar una sesión online de 60 minutos con Tom
 * Whitaker el vie 10 may, 15:00"). One table per language; a language added to the companion's
 * catalogue (providers/offline/i18n) adds its summaries here.
 */

export type SummaryLang = 'en' | 'es' | 'fr' | 'de';

const locales: Record<SummaryLang, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', de: 'de-DE' };

/** A time as the user reads it in their zone and language: "Fri 10 May, 15:00", "vie 10 may, 15:00". */
export function whenIn(at: Date | string, timeZone: string, lang: SummaryLang): string {
  // Without the abbreviations' dots ("ven. 10 mai" → "ven 10 mai", "Fr., 10. Mai" → "Fr, 10 Mai").
  return localTime(at, timeZone, locales[lang]).replace(/\./g, '');
}

interface Summaries {
  book(v: { minutes: number; virtual: boolean; mentor: string; when: string; unverified: boolean }): string;
  cancel(v: { mentor: string; when: string }): string;
  moveSession(v: { mentor: string; from: string; when: string }): string;
  checkIn(v: { place: string; mood?: string | undefined; note: boolean }): string;
  remind(v: { title: string; when?: string | undefined; message?: string | undefined }): string;
  mood(v: { feeling?: string | undefined; score: number }): string;
  moveReminder(v: { title: string; from: string; when: string }): string;
  cancelReminder(v: { title: string; when: string }): string;
}

export const summaries: Record<SummaryLang, Summaries> = {
  en: {
    book: (v) =>
      `Book a ${v.minutes}-minute ${v.virtual ? 'virtual' : 'in-person'} session with ${v.mentor} on ${v.when}${
        v.unverified ? ' (this mentor is not verified)' : ''
      }`,
    cancel: (v) => `Cancel your session with ${v.mentor} on ${v.when}`,
    moveSession: (v) => `Move your session with ${v.mentor} from ${v.from} to ${v.when}`,
    checkIn: (v) =>
      `Check you in at ${v.place}${v.mood ? `, feeling ${v.mood}` : ''}${v.note ? ', with your note' : ''}`,
    remind: (v) =>
      `${v.when ? `Remind you "${v.title}" on ${v.when}` : `Send you a reminder now: "${v.title}"`}${
        v.message ? ` with the message "${v.message}"` : ''
      }`,
    mood: (v) => `Note in your mood log that you feel ${v.feeling ?? `${v.score} out of 5`} (${v.score}/5)`,
    moveReminder: (v) => `Move your reminder "${v.title}" from ${v.from} to ${v.when}`,
    cancelReminder: (v) => `Cancel your reminder "${v.title}" on ${v.when}`,
  },
  es: {
    book: (v) =>
      `Reservar una sesión ${v.virtual ? 'online' : 'presencial'} de ${v.minutes} minutos con ${v.mentor} el ${v.when}${
        v.unverified ? ' (esta persona mentora no está verificada)' : ''
      }`,
    cancel: (v) => `Cancelar tu sesión con ${v.mentor} del ${v.when}`,
    moveSession: (v) => `Pasar tu sesión con ${v.mentor} del ${v.from} al ${v.when}`,
    checkIn: (v) =>
      `Hacer check-in en ${v.place}${v.mood ? `, con ánimo ${v.mood}` : ''}${v.note ? ', con tu nota' : ''}`,
    remind: (v) =>
      `${v.when ? `Recordarte «${v.title}» el ${v.when}` : `Enviarte ahora un recordatorio: «${v.title}»`}${
        v.message ? ` con el mensaje «${v.message}»` : ''
      }`,
    mood: (v) =>
      `Anotar en tu registro de ánimo que te sientes ${v.feeling ?? `${v.score} de 5`} (${v.score}/5)`,
    moveReminder: (v) => `Pasar tu recordatorio «${v.title}» del ${v.from} al ${v.when}`,
    cancelReminder: (v) => `Cancelar tu recordatorio «${v.title}» del ${v.when}`,
  },
  fr: {
    book: (v) =>
      `Réserver une séance ${v.virtual ? 'en ligne' : 'en personne'} de ${v.minutes} minutes avec ${v.mentor} le ${v.when}${
        v.unverified ? ' (ce mentor n’est pas vérifié)' : ''
      }`,
    cancel: (v) => `Annuler ta séance avec ${v.mentor} du ${v.when}`,
    moveSession: (v) => `Déplacer ta séance avec ${v.mentor} du ${v.from} au ${v.when}`,
    checkIn: (v) =>
      `Faire ton check-in à ${v.place}${v.mood ? `, humeur : ${v.mood}` : ''}${v.note ? ', avec ta note' : ''}`,
    remind: (v) =>
      `${v.when ? `Te rappeler « ${v.title} » le ${v.when}` : `T’envoyer un rappel maintenant : « ${v.title} »`}${
        v.message ? ` avec le message « ${v.message} »` : ''
      }`,
    mood: (v) =>
      `Noter dans ton journal d’humeur que tu te sens ${v.feeling ?? `à ${v.score} sur 5`} (${v.score}/5)`,
    moveReminder: (v) => `Déplacer ton rappel « ${v.title} » du ${v.from} au ${v.when}`,
    cancelReminder: (v) => `Annuler ton rappel « ${v.title} » du ${v.when}`,
  },
  de: {
    book: (v) =>
      `Eine ${v.minutes}-minütige ${v.virtual ? 'Online-' : 'Vor-Ort-'}Sitzung mit ${v.mentor} am ${v.when} buchen${
        v.unverified ? ' (diese Person ist nicht verifiziert)' : ''
      }`,
    cancel: (v) => `Deine Sitzung mit ${v.mentor} am ${v.when} absagen`,
    moveSession: (v) => `Deine Sitzung mit ${v.mentor} von ${v.from} auf ${v.when} verschieben`,
    checkIn: (v) =>
      `Dich bei ${v.place} einchecken${v.mood ? `, Stimmung: ${v.mood}` : ''}${v.note ? ', mit deiner Notiz' : ''}`,
    remind: (v) =>
      `${v.when ? `Dich am ${v.when} an „${v.title}“ erinnern` : `Dir jetzt eine Erinnerung schicken: „${v.title}“`}${
        v.message ? ` mit der Nachricht „${v.message}“` : ''
      }`,
    mood: (v) =>
      `In deinem Stimmungstagebuch notieren, dass es dir ${v.feeling ?? `${v.score} von 5`} geht (${v.score}/5)`,
    moveReminder: (v) => `Deine Erinnerung „${v.title}“ von ${v.from} auf ${v.when} verschieben`,
    cancelReminder: (v) => `Deine Erinnerung „${v.title}“ am ${v.when} löschen`,
  },
};
