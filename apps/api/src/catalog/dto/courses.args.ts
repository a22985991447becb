import { ArgsType, Field, Int } from '@nestjs/graphql';
import { CourseLevel } from '@sankofa/domain';

@ArgsType()
export class CoursesArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title, summary or tags.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language, e.g. "fr" (also matches "fr-SN").' })
  language?: string | null;

  @Field(() => CourseLevel, { nullable: true })
  level?: CourseLevel | null;

  @Field(() => String, { nullable: true, description: 'Only courses of this track (slug).' })
  track?: string | null;
}
