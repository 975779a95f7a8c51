import { z } from 'zod';
import { type partners, partnershipLevels } from '../../db/schema/index.ts';

export const PartnershipLevel = z.enum(partnershipLevels);

export const PartnerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    logoUrl: z.string().nullable(),
    partnershipLevel: PartnershipLevel.nullable(),
    active: z.boolean(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Partner' });

const Url = z.url({ protocol: /^https?$/ }).max(2048);

const partnerFields = {
  name: z.string().trim().min(1).max(255),
  type: z.string().trim().min(1).max(50).nullable(),
  email: z.email().max(255).nullable(),
  phone: z.string().trim().min(3).max(20).nullable(),
  website: Url.nullable(),
  description: z.string().trim().max(2000).nullable(),
  logoUrl: Url.nullable(),
  partnershipLevel: PartnershipLevel.nullable(),
  active: z.boolean(),
};

export const CreatePartnerInput = z
  .object(partnerFields)
  .partial()
  .required({ name: true })
  .strict()
  .meta({ id: 'CreatePartnerInput' });

export const UpdatePartnerInput = z
  .object(partnerFields)
  .partial()
  .strict()
  .meta({ id: 'UpdatePartnerInput' });

export type PublicPartner = z.infer<typeof PartnerSchema>;
export type CreatePartnerInput = z.infer<typeof CreatePartnerInput>;
export type UpdatePartnerInput = z.infer<typeof UpdatePartnerInput>;

export function toPublicPartner(row: typeof partners.$inferSelect): PublicPartner {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
