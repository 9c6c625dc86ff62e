import { ApiProperty } from '@nestjs/swagger';
import {
  FUNDING_INSTRUMENTS,
  type FundingInstrument,
  LEGAL_FORMS,
  type LegalForm,
  NEED_CATEGORIES,
  type NeedCategory,
  OFFER_KINDS,
  type OfferKind,
  ORGANISATION_KINDS,
  type OrganisationKind,
  PROJECT_STAGES,
  type ProjectStage,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { TerritoryRefDto } from '../../territories/territory.dto';

export class OfferOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
}

export class OfferSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: "Prêt d'honneur création solidaire" }) name: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind: OfferKind;
  @ApiProperty({ enum: FUNDING_INSTRUMENTS, nullable: true, type: String })
  instrument: FundingInstrument | null;
  @ApiProperty({ type: 'integer', nullable: true }) amountMinCents: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) amountMaxCents: number | null;
  @ApiProperty({ enum: NEED_CATEGORIES, isArray: true }) needCategories: NeedCategory[];
  @ApiProperty({ enum: PROJECT_STAGES, isArray: true, description: 'Empty: every stage.' })
  stages: ProjectStage[];
  @ApiProperty({ enum: LEGAL_FORMS, isArray: true, description: 'Empty: every legal form.' })
  legalForms: LegalForm[];
  @ApiProperty({ enum: SECTORS, isArray: true, description: 'Empty: every sector.' }) sectors: Sector[];
  @ApiProperty({ type: OfferOrganisationDto }) organisation: OfferOrganisationDto;
  @ApiProperty({ type: TerritoryRefDto }) territory: TerritoryRefDto;
}

export class OfferPageDto {
  @ApiProperty({ type: [OfferSummaryDto] }) items: OfferSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty() description: string;
  @ApiProperty({
    type: [String],
    description:
      'INSEE codes of the communes served; communes and départements both empty: the whole territory.',
  })
  communes: string[];
  @ApiProperty({ type: [String], example: ['44'] }) departements: string[];
  @ApiProperty({ type: 'integer' }) offerCount: number;
  @ApiProperty({ type: TerritoryRefDto }) territory: TerritoryRefDto;
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationSummaryDto] }) items: OrganisationSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

/** What an organisation's page shows besides its summary. */
class OrganisationContactDto extends OrganisationSummaryDto {
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
}

export class OrganisationDto extends OrganisationContactDto {
  @ApiProperty({ type: [OfferSummaryDto], description: 'Its published offers.' }) offers: OfferSummaryDto[];
}

export class OfferAdminDto extends OfferSummaryDto {
  @ApiProperty() published: boolean;
  @ApiProperty({ type: 'integer', description: 'Send it back with an edit: a stale one is a 409.' })
  version: number;
}

export class OrganisationAdminDto extends OrganisationContactDto {
  @ApiProperty() published: boolean;
  @ApiProperty({ type: 'integer', description: 'Send it back with an edit: a stale one is a 409.' })
  version: number;
  @ApiProperty({ type: [OfferAdminDto], description: 'Every offer, published or not.' })
  offers: OfferAdminDto[];
}

export class OrganisationAdminPageDto {
  @ApiProperty({ type: [OrganisationAdminDto] }) items: OrganisationAdminDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}
