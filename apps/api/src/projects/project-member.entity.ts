import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Project } from './project.entity';

export type ProjectMemberRole = 'owner' | 'co_holder';

/** Who holds a project: its creator and the co-holders who accepted an invitation. */
@Entity()
@Index(['userId'])
export class ProjectMember {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn()
  project?: Project;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'varchar', length: 12 })
  role: ProjectMemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
