import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditStaffRead } from '../audit/audit';
import { RequirePermission } from '../common/access';
import { CurrentUser } from '../common/current-user.decorator';
import { UuidParam } from '../common/uuid-param';
import type { User } from '../users/user.entity';
import { CreateTaskDto, TaskDto, UpdateTaskDto } from './dto/task.dto';
import { TasksService } from './tasks.service';

/** Staff who see the case; holders never see its tasks. */
@ApiTags('case-tasks')
@Controller()
@RequirePermission('case:work')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get('cases/:id/tasks')
  @AuditStaffRead('case')
  @ApiOkResponse({ type: [TaskDto], description: 'Open ones first by due date, then done ones.' })
  list(@CurrentUser() user: User, @UuidParam() id: string): Promise<TaskDto[]> {
    return this.tasks.list(user, id);
  }

  @Post('cases/:id/tasks')
  @ApiCreatedResponse({ type: TaskDto })
  create(@CurrentUser() user: User, @UuidParam() id: string, @Body() body: CreateTaskDto): Promise<TaskDto> {
    return this.tasks.create(user, id, body);
  }

  @Patch('tasks/:id')
  @ApiOkResponse({ type: TaskDto })
  update(@CurrentUser() user: User, @UuidParam() id: string, @Body() body: UpdateTaskDto): Promise<TaskDto> {
    return this.tasks.update(user, id, body);
  }
}
