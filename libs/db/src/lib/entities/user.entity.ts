import { Role } from '@sankofa/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalized (trimmed, lower-case); the unique sign-in. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName!: string;

  /** scrypt hash in PHC-like form; never leaves the API. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'simple-enum', enum: Role, enumName: 'user_role', default: Role.LEARNER })
  role!: Role;

  /** BCP 47 tag of the interface language the user chose. */
  @Column({ type: 'varchar', length: 35, default: 'en' })
  locale!: string;

  /** Shown by display name on course leaderboards; a learner may opt out. */
  @Column({ name: 'show_on_leaderboards', type: 'boolean', default: true })
  showOnLeaderboards!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
