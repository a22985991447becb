import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UserEntity } from '@sankofa/db';
import { displayNameProblem, emailProblem, InputErrorReason, normalizeEmail, passwordProblem, Role } from '@sankofa/domain';
import { Repository } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/app-error';
import { AccountEvents } from '../events/account-events';
import { checkPageSize, Connection, decodeCursor, encodeCursor } from '../graphql/pagination';
import { ChangeUserRoleInput } from './dto/change-user-role.input';
import { UsersArgs } from './dto/users.args';
import { PasswordHasher } from './password-hasher';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  role?: Role;
  locale?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/;

const MESSAGES: Record<string, string> = {
  [InputErrorReason.REQUIRED]: 'This field is required.',
  [InputErrorReason.INVALID_EMAIL]: 'Enter an e-mail address like name@example.org.',
  [InputErrorReason.PASSWORD_TOO_SHORT]: 'Use at least 10 characters.',
  [InputErrorReason.PASSWORD_TOO_LONG]: 'Use at most 200 characters.',
  [InputErrorReason.TOO_LONG]: 'This is too long.',
};

function check(field: string, problem: InputErrorReason | null): void {
  if (problem) throw new BadInputError(field, problem, MESSAGES[problem] ?? 'This value is not valid.');
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordHasher,
    private readonly events: AccountEvents,
  ) {}

  async findById(id: string): Promise<UserEntity | null> {
    return UUID.test(id) ? this.users.findOneBy({ id }) : null;
  }

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  /** Creates an account after checking every field; the first problem found is reported. */
  async create(input: NewUser): Promise<UserEntity> {
    check('displayName', displayNameProblem(input.displayName));
    check('email', emailProblem(input.email));
    check('password', passwordProblem(input.password));
    const locale = input.locale?.trim() || 'en';
    if (!BCP47.test(locale) || locale.length > 35) {
      throw new BadInputError('locale', InputErrorReason.INVALID_VALUE, 'Use a language tag such as "en", "fr" or "sw-KE".');
    }
    const email = normalizeEmail(input.email);
    if (await this.users.existsBy({ email })) throw this.emailTaken();
    const user = this.users.create({
      email,
      displayName: input.displayName.normalize('NFC').trim(),
      passwordHash: await this.passwords.hash(input.password),
      role: input.role ?? Role.LEARNER,
      locale,
    });
    try {
      return await this.users.save(user);
    } catch (err) {
      // Two sign-ups with one address at the same moment: the unique index decides.
      if (await this.users.existsBy({ email })) throw this.emailTaken();
      throw err;
    }
  }

  /** The user whose e-mail and password match, or null (same cost either way). */
  async authenticate(email: string, password: string): Promise<UserEntity | null> {
    const user = emailProblem(email) ? null : await this.findByEmail(email);
    if (!user) return this.passwords.verifyAgainstNothing(password).then(() => null);
    return (await this.passwords.verify(password, user.passwordHash)) ? user : null;
  }

  async list(args: UsersArgs): Promise<Connection<UserEntity>> {
    const first = checkPageSize(args.first);
    const query = this.users.createQueryBuilder('u');
    const search = args.search?.normalize('NFC').trim().toLowerCase();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere("(LOWER(u.email) LIKE :pattern ESCAPE '\\' OR LOWER(u.display_name) LIKE :pattern ESCAPE '\\')", { pattern });
    }
    if (args.role) query.andWhere('u.role = :role', { role: args.role });
    const totalCount = await query.getCount();
    if (args.after) query.andWhere('u.email > :after', { after: decodeCursor(args.after) });
    const rows = await query.orderBy('u.email', 'ASC').take(first + 1).getMany();
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.email), node }));
    return { edges, totalCount, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first } };
  }

  /** Admins change roles; the last admin cannot stop being one. */
  async changeRole(input: ChangeUserRoleInput): Promise<UserEntity> {
    const user = await this.findById(input.userId);
    if (!user) throw new NotFoundError('This user');
    if (user.role === input.role) return user;
    if (user.role === Role.ADMIN && (await this.users.countBy({ role: Role.ADMIN })) <= 1) {
      throw new BadInputError('role', InputErrorReason.LAST_ADMIN, 'Sankofa needs at least one admin: make someone else admin first.');
    }
    user.role = input.role;
    const saved = await this.users.save(user);
    await this.events.accountUpdated(saved);
    return saved;
  }

  /** Makes an existing account admin (the operator CLI's way to appoint the first admin). */
  async promoteToAdmin(user: UserEntity): Promise<UserEntity> {
    user.role = Role.ADMIN;
    return this.users.save(user);
  }

  private emailTaken(): BadInputError {
    return new BadInputError('email', InputErrorReason.EMAIL_TAKEN, 'An account with this e-mail address already exists. Sign in instead.');
  }
}
