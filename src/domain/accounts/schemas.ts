import ct from 'countries-and-timezones';
import { z } from 'zod';
import { NewPassword } from './password-policy.ts';

export const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' })
  .meta({ example: 'Europe/London' });

export const Email = z
  .string()
  .trim()
  .max(255)
  .regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'must be an e-mail address')
  .transform((e) => e.toLowerCase())
  .meta({ example: 'sam@example.com' });

export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,50}$/, 'must be 3–50 letters, digits, dots, dashes or underscores')
  .meta({ example: 'quiet_sam' });

/** A password being checked, not set: sign-in, erasure and a change's current password. */
const CurrentPassword = z.string().min(1).max(200);

// Unknown fields are refused (strict objects), here as everywhere a body is read: a misspelt
// field is an error to see, not a value silently dropped.
export const RegisterInput = z
  .strictObject({
    email: Email,
    username: Username,
    displayName: z.string().trim().min(1).max(100).meta({ example: 'Sam' }),
    password: NewPassword,
    timeZone: TimeZone.optional(),
  })
  .meta({ id: 'RegisterInput' });

export const LoginInput = z
  .strictObject({
    login: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .meta({ description: 'E-mail or username', example: 'quiet_sam' }),
    password: CurrentPassword,
  })
  .meta({ id: 'LoginInput' });

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    username: z.string(),
    displayName: z.string(),
    avatarUrl: z.string().nullable(),
    bio: z.string().nullable(),
    journeyLevel: z.number().int(),
    currentStreak: z.number().int(),
    longestStreak: z.number().int(),
    totalCheckIns: z.number().int(),
    themeMode: z.enum(['light', 'dark', 'neon']),
    notificationsEnabled: z.boolean(),
    consentGiven: z.boolean(),
    consentDate: z.string().nullable().meta({ format: 'date-time' }),
    timeZone: z.string(),
    crisisCountry: z.string().nullable().meta({
      description:
        'Country whose crisis lines the assistant shows (ISO 3166-1 alpha-2); null follows the time zone',
      example: 'GB',
    }),
    role: z.enum(['user', 'operator']),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
    lastLogin: z.string().nullable().meta({ format: 'date-time' }),
  })
  .meta({ id: 'User' });

export const AuthResult = z.object({ user: UserSchema, token: z.string() }).meta({ id: 'AuthResult' });

export const UserResult = z.object({ user: UserSchema }).meta({ id: 'UserResult' });

const HttpsUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:', { message: 'must be an https:// URL' })
  .meta({ example: 'https://example.com/me.png' });

/** An ISO 3166-1 alpha-2 country code of a real country ("GB", "DE"). */
const CrisisCountry = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v) && ct.getCountry(v) !== null, {
    message: 'must be an ISO 3166-1 country code',
  })
  .meta({ example: 'GB' });

/** PATCH /api/me: only these fields, at least one; null clears the optional ones. */
export const ProfilePatch = z
  .strictObject({
    displayName: z.string().trim().min(1).max(100),
    bio: z.string().trim().max(1000).nullable(),
    avatarUrl: HttpsUrl.nullable(),
    themeMode: z.enum(['light', 'dark', 'neon']),
    notificationsEnabled: z.boolean(),
    timeZone: TimeZone,
    crisisCountry: CrisisCountry.nullable(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'send at least one field to change' })
  .meta({ id: 'ProfilePatch' });

export const ConsentInput = z
  .strictObject({
    consent: z.boolean().meta({ description: 'true gives consent (dated now); false withdraws it' }),
  })
  .meta({ id: 'ConsentInput' });

export const EraseInput = z
  .strictObject({
    password: CurrentPassword.meta({ description: 'The current password, to confirm' }),
  })
  .meta({ id: 'EraseInput' });

export const ChangePasswordInput = z
  .strictObject({
    currentPassword: CurrentPassword.meta({ description: 'The password the account has now' }),
    newPassword: NewPassword,
  })
  .meta({ id: 'ChangePasswordInput' });

export type RegisterInput = z.infer<typeof RegisterInput>;
export type LoginInput = z.infer<typeof LoginInput>;
export type ProfilePatch = z.infer<typeof ProfilePatch>;
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
