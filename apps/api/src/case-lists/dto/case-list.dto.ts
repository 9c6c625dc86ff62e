import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_PRIORITIES,
  CASE_STAGES,
  type CasePriority,
  type CaseStage,
  LEGAL_FORMS,
  type LegalForm,
  ROLES,
  type Role,
  SECTORS,
  type Sector,
} from '@essaim/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import { TaskDto } from '../../case-content/dto/task.dto';
import { CaseCommuneDto } from '../../cases/dto/case.dto';
import { PersonDto } from '../../users/person.dto';
import { COUNT_CAP } from '../case-list-query';

export class CaseListProjectDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SECTORS }) sector: Sector;
  @ApiProperty({ enum: LEGAL_FORMS }) legalForm: LegalForm;
  @ApiProperty({ type: CaseCommuneDto, nullable: true }) commune: CaseCommuneDto | null;
}

/** A case as a line of a list. */
export class CaseListItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'PDL-2026-00042' }) reference: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({ enum: CASE_PRIORITIES }) priority: CasePriority;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the case entered its current stage.' })
  stageEnteredAt: string;
  @ApiProperty({ format: 'date-time', description: 'When its latest event was written.' })
  lastEventAt: string;
  @ApiProperty({ description: 'Send it back to assign the case: a stale one is a 409.' }) version: number;
  @ApiProperty({ type: CaseListProjectDto }) project: CaseListProjectDto;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'The project’s owner.' })
  holder: PersonDto | null;
  @ApiProperty({ type: PersonDto, nullable: true }) leadAdvisor: PersonDto | null;
  @ApiProperty({ description: 'Open tasks due before today (Europe/Paris).' }) overdueTasks: number;
}

const TOTAL = `How many cases match: exactly up to ${COUNT_CAP} (or up to the end of the page asked for, when further), then that limit with \`totalCapped\`.`;
const TOTAL_CAPPED = `More cases match than \`total\` says ("${COUNT_CAP} or more").`;

export class CaseListPageDto {
  @ApiProperty({ type: [CaseListItemDto] }) items: CaseListItemDto[];
  @ApiProperty({ description: TOTAL }) total: number;
  @ApiProperty({ description: TOTAL_CAPPED }) totalCapped: boolean;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class QueueTaskCaseDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() projectName: string;
}

export class QueueTaskDto extends TaskDto {
  @ApiProperty({ type: QueueTaskCaseDto }) case: QueueTaskCaseDto;
}

/** Some cases of a section, and how many there are in all. */
export class CaseSectionDto {
  @ApiProperty({ type: [CaseListItemDto] }) items: CaseListItemDto[];
  @ApiProperty({ description: TOTAL }) total: number;
  @ApiProperty({ description: TOTAL_CAPPED }) totalCapped: boolean;
}

export class QueueAlertsDto {
  @ApiProperty({
    type: CaseSectionDto,
    description: 'Submitted cases still without a lead advisor after `slaDays` days, oldest first.',
  })
  unassignedPastSla: CaseSectionDto;
  @ApiProperty({
    type: CaseSectionDto,
    description: 'Cases under way (neither closed nor on hold) with no event for `inactivityDays` days.',
  })
  inactive: CaseSectionDto;
  @ApiProperty() slaDays: number;
  @ApiProperty() inactivityDays: number;
}

/** The advisor's home: what is theirs, what waits for someone, what is late. */
export class QueueDto {
  @ApiProperty({
    type: [CaseListItemDto],
    description: 'Open cases I lead or follow, the 20 with the most recent activity.',
  })
  myCases: CaseListItemDto[];
  @ApiProperty({
    type: [QueueTaskDto],
    description: 'My open tasks, overdue first then by due date (the first 50).',
  })
  myTasks: QueueTaskDto[];
  @ApiProperty({
    type: CaseSectionDto,
    description: 'Submitted cases without a lead advisor, oldest first (the first 20).',
  })
  unassigned: CaseSectionDto;
  @ApiProperty({ type: QueueAlertsDto }) alerts: QueueAlertsDto;
  @ApiProperty({ description: 'Orientations proposed to my organisation, waiting for its answer.' })
  orientationsToAnswer: number;
}

export class StaffOrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class StaffAdvisorDto extends PersonDto {
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: StaffOrganisationDto, nullable: true }) organisation: StaffOrganisationDto | null;
}

export class CaseVersionDto {
  @ApiProperty()
  @IsUUID()
  id: string;

  @ApiProperty({ description: 'The version of the case the list showed: a stale one is a 409.' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export const MAX_BULK_ASSIGN = 100;

export class BulkAssignDto {
  @ApiProperty({ type: [CaseVersionDto], minItems: 1, maxItems: MAX_BULK_ASSIGN })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ASSIGN)
  @ValidateNested({ each: true })
  @Type(() => CaseVersionDto)
  cases: CaseVersionDto[];

  @ApiProperty({ description: 'An active advisor of the territory: yourself or a colleague.' })
  @IsUUID()
  leadAdvisorId: string;
}

export class BulkAssignResultDto {
  @ApiProperty() assigned: number;
}
