import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  email!: string;

  @Field({ description: 'At least 10 characters.' })
  password!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag of the interface language, e.g. "fr".' })
  locale?: string | null;
}
