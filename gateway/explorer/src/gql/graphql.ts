/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every field narrows the result: one record (recordType and recordId), one actor, one operation, a range of days. */
export type AuditEntryFilter = {
  /** Only changes made by this person, named as people know them or as their token does: the token's name claim (e.g. 张敏) or its subject, exactly. */
  actor?: string | null | undefined;
  /** Only changes made by this token subject. */
  actorSubject?: string | null | undefined;
  /** Only changes committed on or after this day (YYYY-MM-DD, Asia/Shanghai). */
  changedFrom?: string | null | undefined;
  /** Only changes committed on or before this day (YYYY-MM-DD, Asia/Shanghai). */
  changedTo?: string | null | undefined;
  /** Only changes made by this mutation, e.g. updateMasterStudio. */
  operation?: string | null | undefined;
  /** Only changes to the record with this id. */
  recordId?: string | number | null | undefined;
  /** Only changes to records of this type, e.g. MasterStudio. */
  recordType?: string | null | undefined;
};

/** ENTERPRISE 等级认定企业 ("enterprise uses, enterprise evaluates"); SOCIAL_EVALUATION_ORGANISATION 社会评价组织. */
export type CertificationBodyKind =
  /** An enterprise that certifies its own workers (等级认定企业: "enterprise uses, enterprise evaluates"). */
  | 'ENTERPRISE'
  /** A social evaluation organisation (社会评价组织). */
  | 'SOCIAL_EVALUATION_ORGANISATION';

/** Every field narrows the result; lists match any of their values, and an empty list is the same as leaving the field out. */
export type EnterpriseFilter = {
  /** true: only enterprises that certify skill levels themselves; false: only those that do not. */
  hasCertificationBody?: boolean | null | undefined;
  /** true: only enterprises with a recorded pay policy. */
  hasPayPolicy?: boolean | null | undefined;
  /** Enterprises in any of these industries (产业, codes from `industries`); an unknown code is an error naming the valid ones. */
  industryCodes?: Array<string> | null | undefined;
  /** false: only enterprises whose industry is not stated (未注明); true: only those with one, stated or inferred. */
  industryStated?: boolean | null | undefined;
  /** Case-insensitive part of the Chinese or English name; % and _ match themselves. */
  nameContains?: string | null | undefined;
  /** One provenance; see provenances for several. */
  provenance?: Provenance | null | undefined;
  /** Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders. */
  provenances?: Array<Provenance> | null | undefined;
  /** false: only enterprises whose town is not stated (未注明); true: only those with one. */
  townStated?: boolean | null | undefined;
  /** Towns from the controlled list (`towns`); an unknown town is an error. */
  towns?: Array<string> | null | undefined;
};

/** Every field narrows the result; lists match any of their values, and an empty list is the same as leaving the field out. */
export type MasterStudioFilter = {
  /** Studios hosted by any of these enterprises. */
  hostEnterpriseIds?: Array<string | number> | null | undefined;
  /** Studios serving any of these industries (产业, codes from `industries`); an unknown code is an error naming the valid ones. */
  industryCodes?: Array<string> | null | undefined;
  /** Studios of any of these kinds. */
  kinds?: Array<StudioKind> | null | undefined;
  /** Studios at any of these levels. */
  levels?: Array<StudioLevel> | null | undefined;
  /** Case-insensitive part of the Chinese or English name; % and _ match themselves. */
  nameContains?: string | null | undefined;
  /** Studios in any of these occupations (职业/工种, codes from `occupations`); an unknown code is an error. */
  occupationCodes?: Array<string> | null | undefined;
  /** One provenance; see provenances for several. */
  provenance?: Provenance | null | undefined;
  /** Any of these provenances, e.g. [ARTICLE, REGISTERED] hides generated placeholders. */
  provenances?: Array<Provenance> | null | undefined;
  /** Studios recognised at their current level in this year. */
  recognisedInYear?: number | null | undefined;
  /** true: only retired studios; false: only studios still working. Both when absent. */
  retired?: boolean | null | undefined;
  /** false: only studios whose town is not stated (未注明); true: only those with one. */
  townStated?: boolean | null | undefined;
  /** Towns from the controlled list (`towns`); an unknown town is an error. */
  towns?: Array<string> | null | undefined;
};

/** Whom a pay policy favours: HIGH_SKILL_TALENT 高技能人才; FRONT_LINE_SKILLED 一线技能人才. */
export type PolicyScope =
  /** Front-line skilled workers (一线技能人才). */
  | 'FRONT_LINE_SKILLED'
  /** High-skill talent (高技能人才). */
  | 'HIGH_SKILL_TALENT';

/** The kind of training programme: further study (进修) or new apprenticeship (新型学徒制). */
export type ProgrammeKind =
  /** Further study (进修) for enterprise staff at a school. */
  | 'FURTHER_STUDY'
  /** The new enterprise apprenticeship (企业新型学徒制). */
  | 'NEW_APPRENTICESHIP';

/** Where a record comes from (来源): the source article, generated to fill a total the article gives, or registered through the API. */
export type Provenance =
  /** Stated in the source article (原文). */
  | 'ARTICLE'
  /** Generated to fill a total the article gives (演示数据); not a real record. */
  | 'GENERATED'
  /** Entered through the registry API by an authorised user (登记); the audit trail says who. */
  | 'REGISTERED';

/** The people a certification body certified in one period. */
export type RecordCertificationBatchInput = {
  /** The certification body. The referenced record's id. */
  bodyId: string | number;
  /** What the period covered, in the source's words. Text of at most 1000 characters; blank means none. Optional; null means none. Multi-line: may hold line breaks (\n) and tabs. */
  description?: string | null | undefined;
  /** People certified in the period. A whole number from 0 to 1000000. */
  peopleCertified: number;
  /** Last day of the period, YYYY-MM-DD. A date written YYYY-MM-DD. */
  periodEnd: string;
  /** Of those, people the enterprise trained itself. A whole number from 0 to 1000000. Optional; null means none. */
  selfTrained?: number | null | undefined;
};

/** An enterprise's pay policy: the pay rise range it gives one group of skilled workers, from a year on. */
export type RecordPayPolicyInput = {
  /** The policy in the source's words. Text of at most 1000 characters; blank means none. Optional; null means none. Multi-line: may hold line breaks (\n) and tabs. */
  description?: string | null | undefined;
  /** The year it took effect. A year from 1949 to 2100. */
  effectiveYear: number;
  /** The enterprise. The referenced record's id. */
  enterpriseId: string | number;
  /** Whom the policy covers. One of the enum type's values. */
  scope: PolicyScope;
  /** Highest pay rise, at least upliftMinPercent. A percentage from 0 to 100, at most 2 decimals. */
  upliftMaxPercent: number;
  /** Lowest pay rise, 0 to 100, at most 2 decimals. A percentage from 0 to 100, at most 2 decimals. */
  upliftMinPercent: number;
};

/** A step of an enterprise's promotion pathway, from one role to the next. */
export type RecordPromotionPathwayInput = {
  /** The enterprise. The referenced record's id. */
  enterpriseId: string | number;
  /** A person who took this step, as the source names them. Text of at most 100 characters; blank means none. Optional; null means none. */
  examplePerson?: string | null | undefined;
  /** The role the step starts from, in Chinese (e.g. 技术工人). A name: 1 to 200 characters after trimming. */
  fromRole: string;
  /** fromRole in English. Text of at most 200 characters; blank means none. Optional; null means none. */
  fromRoleEn?: string | null | undefined;
  /** Honours of the example person; replaces the list (null or [] empties it). At most 20 honours; a repeat is dropped. Optional; null means none. */
  honours?: Array<string> | null | undefined;
  /** The role it leads to, in Chinese. A name: 1 to 200 characters after trimming. */
  toRole: string;
  /** toRole in English. Text of at most 200 characters; blank means none. Optional; null means none. */
  toRoleEn?: string | null | undefined;
};

/** A promotion or demotion: appended to the level history; the studio level follows. */
export type RecordStudioLevelChangeInput = {
  /** The studio. */
  id: string | number;
  /** The level it moves to. One of the enum type's values. */
  level: StudioLevel;
  /** Why or how it changed, e.g. the notice that recognised it. Text of at most 500 characters; blank means none. Optional; null means none. Multi-line: may hold line breaks (\n) and tabs. */
  note?: string | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
  /** The year of the change. A year from 1949 to this year (Asia/Shanghai). */
  year: number;
};

/** A subsidy paid: a certification grant or a high-skill talent subsidy. */
export type RecordSubsidyInput = {
  /** In CNY, 0 or more. A whole number from 0 to 2000000000. */
  amountCny: number;
  /** The enterprise paid, where the payment went to one. The referenced record's id. Optional; null means none. */
  enterpriseId?: string | number | null | undefined;
  /** What the subsidy is for. One of the enum type's values. */
  kind: SubsidyKind;
  /** The year it was paid. A year from 1949 to this year (Asia/Shanghai). */
  year: number;
};

/** A new enterprise class (企业班): a class a school runs with a partner enterprise. */
export type RegisterEnterpriseClassInput = {
  /** The year the class was enrolled (届). A year from 1949 to 2100. Optional; null means none. */
  cohortYear?: number | null | undefined;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** A major of the same school. The referenced record's id. Optional; null means none. */
  majorId?: string | number | null | undefined;
  /** The class name in Chinese, e.g. 电装班. A name: 1 to 200 characters after trimming. */
  name: string;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** Occupations the class trains for; replaces the list (null or [] empties it). At most 50 occupations; a repeat is dropped. Optional; null means none. */
  occupationCodes?: Array<string> | null | undefined;
  /** The partner enterprise that orders the class (pay-policies); it becomes a partner of the school if it is not one. The referenced record's id. */
  partnerEnterpriseId: string | number;
  /** The school. The referenced record's id. */
  schoolId: string | number;
  /** Places in the class. A whole number from 0 to 1000. Optional; null means none. */
  seats?: number | null | undefined;
};

/** A new enterprise in the pay-policies registry. */
export type RegisterEnterpriseInput = {
  /** 统一社会信用代码 (GB 32100-2015): 18 digits and capital letters other than I, O, S, V and Z, the last its check character; unique. Optional; null means none. */
  creditCode?: string | null | undefined;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** The enterprise name in Chinese, as registered. A name: 1 to 200 characters after trimming. */
  name: string;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** A town or platform (镇街/平台) from the controlled list (`towns`); blank: not stated. Optional; null means none. */
  town?: string | null | undefined;
};

/** A new industry college (产业学院) of a school. */
export type RegisterIndustryCollegeInput = {
  /** The year the college was founded. A year from 1949 to this year (Asia/Shanghai). Optional; null means none. */
  foundedYear?: number | null | undefined;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** The college name in Chinese (产业学院). A name: 1 to 200 characters after trimming. */
  name: string;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** The enterprise the college is run with (pay-policies); it becomes a partner of the school if it is not one. The referenced record's id. Optional; null means none. */
  partnerEnterpriseId?: string | number | null | undefined;
  /** The school. The referenced record's id. */
  schoolId: string | number;
};

/** A new major (专业) a school offers. */
export type RegisterMajorInput = {
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** The year the school opened the major. A year from 1949 to 2100. Optional; null means none. */
  introducedYear?: number | null | undefined;
  /** A new major (新兴专业) opened for an emerging industry. True or false. */
  isNew: boolean;
  /** The major name in Chinese (专业). A name: 1 to 200 characters after trimming. */
  name: string;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** The occupational standard the major teaches to, as written (职业标准). Text of at most 200 characters; blank means none. Optional; null means none. */
  occupationalStandard?: string | null | undefined;
  /** The school. The referenced record's id. */
  schoolId: string | number;
};

/** A new master studio (技能大师工作室), hosted by an enterprise or a school. */
export type RegisterMasterStudioInput = {
  /** The school whose campus it works on (走进校园); null: none. The referenced record's id. Optional; null means none. */
  campusSchoolId?: string | number | null | undefined;
  /** Set this or hostSchoolId, not both. The referenced record's id. Optional; null means none. */
  hostEnterpriseId?: string | number | null | undefined;
  /** Set this or hostEnterpriseId, not both. The referenced record's id. Optional; null means none. */
  hostSchoolId?: string | number | null | undefined;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** Skill-master, technician or high-skill innovation studio. One of the enum type's values. */
  kind: StudioKind;
  /** The master who leads it. The referenced record's id. Optional; null means none. */
  leaderId?: string | number | null | undefined;
  /** The level it is recognised at: the first step of its history. One of the enum type's values. */
  level: StudioLevel;
  /** The studio name in Chinese, e.g. 陆立军大师工作室. A name: 1 to 200 characters after trimming. */
  name: string;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** An occupation code from the catalogue (`occupations`), such as ELECTRICIAN. Optional; null means none. */
  occupationCode?: string | null | undefined;
  /** The year it was recognised at that level. A year from 1949 to this year (Asia/Shanghai). */
  recognisedYear: number;
  /** A town or platform (镇街/平台) from the controlled list (`towns`); blank: not stated. Optional; null means none. */
  town?: string | null | undefined;
};

/** A new research project on an enterprise technical problem, with its outcome kind. */
export type RegisterResearchProjectInput = {
  /** The enterprise whose technical problem it took up. The referenced record's id. Optional; null means none. */
  enterpriseId?: string | number | null | undefined;
  /** What it produced. One of the enum type's values. */
  kind: ResearchOutcomeKind;
  /** Students of the same school; replaces the list (null or [] empties it). At most 200 students; a repeat is dropped. Optional; null means none. */
  participantIds?: Array<string | number> | null | undefined;
  /** The school. The referenced record's id. */
  schoolId: string | number;
  /** What the project set out to solve or build. A name: 1 to 300 characters after trimming. */
  title: string;
  /** The year it finished. A year from 1949 to this year (Asia/Shanghai). */
  year: number;
};

/** What a student research project produced (研修成果). */
export type ResearchOutcomeKind =
  /** A piece of equipment developed (研发设备). */
  | 'DEVELOPED_EQUIPMENT'
  /** A patent (专利). */
  | 'PATENT'
  /** A technical renovation (技术改造) of an enterprise process. */
  | 'TECHNICAL_RENOVATION';

/** Retires a studio: it stays on record, marked retired with its reason. */
export type RetireMasterStudioInput = {
  /** The record to change. */
  id: string | number;
  /** Why the studio closes. A name: 1 to 500 characters after trimming. */
  reason: string;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** The kind of school (学校类型). */
export type SchoolKind =
  /** Technician college (技师学院). */
  | 'TECHNICIAN_COLLEGE'
  /** Vocational school (职业学校). */
  | 'VOCATIONAL_SCHOOL';

/** SKILL_MASTER_STUDIO 技能大师工作室; TECHNICIAN_STUDIO 技师工作室; HIGH_SKILL_INNOVATION_STUDIO 高技能人才（劳模工匠）创新工作室. */
export type StudioKind =
  /** High-skill talent (model worker and craftsman) innovation studio (高技能人才（劳模工匠）创新工作室). */
  | 'HIGH_SKILL_INNOVATION_STUDIO'
  /** Skill-master studio (技能大师工作室). */
  | 'SKILL_MASTER_STUDIO'
  /** Technician studio (技师工作室). */
  | 'TECHNICIAN_STUDIO';

/** The level (级别) that recognised a studio, lowest first: 区级, 市级, 省级, 国家级. */
export type StudioLevel =
  /** City level (市级). */
  | 'CITY'
  /** District level (区级). */
  | 'DISTRICT'
  /** National level (国家级). */
  | 'NATIONAL'
  /** Provincial level (省级). */
  | 'PROVINCIAL';

/** CERTIFICATION_GRANT 等级认定一次性资助; HIGH_SKILL_TALENT_SUBSIDY 高技能人才资助. */
export type SubsidyKind =
  /** One-off grant for skill-level certification (等级认定一次性资助). */
  | 'CERTIFICATION_GRANT'
  /** Subsidy for high-skill talent (高技能人才资助). */
  | 'HIGH_SKILL_TALENT_SUBSIDY';

/** Fields left out keep their value; null clears an optional one. */
export type UpdateEnterpriseClassInput = {
  /** The year the class was enrolled (届). A year from 1949 to 2100. Optional; null means none. */
  cohortYear?: number | null | undefined;
  /** The record to change. */
  id: string | number;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** A major of the same school. The referenced record's id. Optional; null means none. */
  majorId?: string | number | null | undefined;
  /** The class name in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  name?: string | null | undefined;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** Occupations the class trains for; replaces the list (null or [] empties it). At most 50 occupations; a repeat is dropped. Optional; null means none. */
  occupationCodes?: Array<string> | null | undefined;
  /** The partner enterprise (pay-policies); it becomes a partner of the school if it is not one. The referenced record's id. Optional; null is refused. */
  partnerEnterpriseId?: string | number | null | undefined;
  /** Places in the class. A whole number from 0 to 1000. Optional; null means none. */
  seats?: number | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdateIndustryCollegeInput = {
  /** The year the college was founded. A year from 1949 to this year (Asia/Shanghai). Optional; null means none. */
  foundedYear?: number | null | undefined;
  /** The record to change. */
  id: string | number;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** The college name in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  name?: string | null | undefined;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** The enterprise the college is run with (pay-policies); it becomes a partner of the school if it is not one. The referenced record's id. Optional; null means none. */
  partnerEnterpriseId?: string | number | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdateMajorInput = {
  /** The record to change. */
  id: string | number;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** The year the school opened the major. A year from 1949 to 2100. Optional; null means none. */
  introducedYear?: number | null | undefined;
  /** A new major (新兴专业) opened for an emerging industry. True or false. Optional; null is refused. */
  isNew?: boolean | null | undefined;
  /** The major name in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  name?: string | null | undefined;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** The occupational standard the major teaches to, as written (职业标准). Text of at most 200 characters; blank means none. Optional; null means none. */
  occupationalStandard?: string | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdateMasterStudioInput = {
  /** The school whose campus it works on (走进校园); null: none. The referenced record's id. Optional; null means none. */
  campusSchoolId?: string | number | null | undefined;
  /** Set this or hostSchoolId, not both. The referenced record's id. Optional; null means none. */
  hostEnterpriseId?: string | number | null | undefined;
  /** Set this or hostEnterpriseId, not both. The referenced record's id. Optional; null means none. */
  hostSchoolId?: string | number | null | undefined;
  /** The record to change. */
  id: string | number;
  /** An industry code from the catalogue (`industries`), such as SMART_VEHICLES. Optional; null means none. */
  industryCode?: string | null | undefined;
  /** Skill-master, technician or high-skill innovation studio. One of the enum type's values. Optional; null is refused. */
  kind?: StudioKind | null | undefined;
  /** The master who leads it. The referenced record's id. Optional; null means none. */
  leaderId?: string | number | null | undefined;
  /** The studio name in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  name?: string | null | undefined;
  /** The English name. Text of at most 200 characters; blank means none. Optional; null means none. */
  nameEn?: string | null | undefined;
  /** An occupation code from the catalogue (`occupations`), such as ELECTRICIAN. Optional; null means none. */
  occupationCode?: string | null | undefined;
  /** A town or platform (镇街/平台) from the controlled list (`towns`); blank: not stated. Optional; null means none. */
  town?: string | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** Fields left out keep their value; null clears the description. */
export type UpdatePayPolicyInput = {
  /** The policy in the source's words. Text of at most 1000 characters; blank means none. Optional; null means none. Multi-line: may hold line breaks (\n) and tabs. */
  description?: string | null | undefined;
  /** The year it took effect. A year from 1949 to 2100. Optional; null is refused. */
  effectiveYear?: number | null | undefined;
  /** The record to change. */
  id: string | number;
  /** Whom the policy covers. One of the enum type's values. Optional; null is refused. */
  scope?: PolicyScope | null | undefined;
  /** Highest pay rise, at least upliftMinPercent. A percentage from 0 to 100, at most 2 decimals. Optional; null is refused. */
  upliftMaxPercent?: number | null | undefined;
  /** Lowest pay rise. A percentage from 0 to 100, at most 2 decimals. Optional; null is refused. */
  upliftMinPercent?: number | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdatePromotionPathwayInput = {
  /** A person who took this step, as the source names them. Text of at most 100 characters; blank means none. Optional; null means none. */
  examplePerson?: string | null | undefined;
  /** The role the step starts from, in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  fromRole?: string | null | undefined;
  /** fromRole in English. Text of at most 200 characters; blank means none. Optional; null means none. */
  fromRoleEn?: string | null | undefined;
  /** Honours of the example person; replaces the list (null or [] empties it). At most 20 honours; a repeat is dropped. Optional; null means none. */
  honours?: Array<string> | null | undefined;
  /** The record to change. */
  id: string | number;
  /** The role it leads to, in Chinese. A name: 1 to 200 characters after trimming. Optional; null is refused. */
  toRole?: string | null | undefined;
  /** toRole in English. Text of at most 200 characters; blank means none. Optional; null means none. */
  toRoleEn?: string | null | undefined;
  /** The version you read; the write is refused if it has changed since. An update that changes nothing writes nothing and keeps this version. */
  version: number;
};

export type SignInChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInChoicesQuery = { schools: Array<{ id: string, name: string }> | null, enterprises: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type EnterpriseCertificationBodiesQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCertificationBodiesQuery = { enterprise: { id: string, certificationBodies: Array<{ id: string, name: string }> } | null };

export type RecordSubsidyMutationVariables = Exact<{
  input: RecordSubsidyInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordSubsidyMutation = { recordSubsidy: { id: string } };

export type RecordCertificationBatchMutationVariables = Exact<{
  input: RecordCertificationBatchInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordCertificationBatchMutation = { recordCertificationBatch: { id: string } };

export type EnterpriseEditingQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseEditingQuery = { enterprise: { id: string, payPolicies: Array<{ id: string, version: number, scope: PolicyScope, upliftMinPercent: number, upliftMaxPercent: number, effectiveYear: number, description: string | null }>, promotionPathways: Array<{ id: string, version: number, fromRole: string, toRole: string, fromRoleEn: string | null, toRoleEn: string | null, examplePerson: string | null, honours: Array<string> }>, enterpriseClasses: Array<{ id: string, version: number, name: string, seats: number | null, school: { id: string } }> | null } | null };

export type UpdatePayPolicyMutationVariables = Exact<{
  input: UpdatePayPolicyInput;
}>;


export type UpdatePayPolicyMutation = { updatePayPolicy: { id: string, version: number, scope: PolicyScope, upliftMinPercent: number, upliftMaxPercent: number, effectiveYear: number, description: string | null } };

export type RecordPayPolicyMutationVariables = Exact<{
  input: RecordPayPolicyInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordPayPolicyMutation = { recordPayPolicy: { id: string, version: number } };

export type UpdateClassSeatsMutationVariables = Exact<{
  input: UpdateEnterpriseClassInput;
}>;


export type UpdateClassSeatsMutation = { updateEnterpriseClass: { id: string, version: number, seats: number | null } };

export type IndustryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type IndustryChoicesQuery = { industries: Array<{ code: string, name: string, nameEn: string | null }> | null };

export type RegisterEnterpriseClassMutationVariables = Exact<{
  input: RegisterEnterpriseClassInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterEnterpriseClassMutation = { registerEnterpriseClass: { id: string } };

export type EnterpriseClassMajorChoicesQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type EnterpriseClassMajorChoicesQuery = { school: { id: string, majors: Array<{ id: string, name: string, nameEn: string | null }> } | null };

export type ClassStudentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClassStudentsQuery = { enterpriseClass: { id: string, students: Array<{ id: string, name: string, technicianLevel: boolean }> } | null };

export type UpdatePromotionPathwayMutationVariables = Exact<{
  input: UpdatePromotionPathwayInput;
}>;


export type UpdatePromotionPathwayMutation = { updatePromotionPathway: { id: string, version: number } };

export type RecordPromotionPathwayMutationVariables = Exact<{
  input: RecordPromotionPathwayInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordPromotionPathwayMutation = { recordPromotionPathway: { id: string, version: number } };

export type RegisterResearchProjectMutationVariables = Exact<{
  input: RegisterResearchProjectInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterResearchProjectMutation = { registerResearchProject: { id: string } };

export type RegisterMajorMutationVariables = Exact<{
  input: RegisterMajorInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterMajorMutation = { registerMajor: { id: string } };

export type UpdateMajorMutationVariables = Exact<{
  input: UpdateMajorInput;
}>;


export type UpdateMajorMutation = { updateMajor: { id: string, version: number } };

export type UpdateIndustryCollegeMutationVariables = Exact<{
  input: UpdateIndustryCollegeInput;
}>;


export type UpdateIndustryCollegeMutation = { updateIndustryCollege: { id: string, version: number } };

export type SchoolEditingQueryVariables = Exact<{
  id: string | number;
}>;


export type SchoolEditingQuery = { school: { id: string, enterpriseClasses: Array<{ id: string, name: string }>, majors: Array<{ id: string, version: number, name: string, nameEn: string | null, isNew: boolean, occupationalStandard: string | null, introducedYear: number | null, industry: { code: string } | null }>, industryColleges: Array<{ id: string, version: number, name: string, nameEn: string | null, foundedYear: number | null, industry: { code: string } | null, partnerEnterprise: { id: string, name: string, nameEn: string | null } | null }> } | null };

export type RegisterIndustryCollegeMutationVariables = Exact<{
  input: RegisterIndustryCollegeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterIndustryCollegeMutation = { registerIndustryCollege: { id: string } };

export type MastersByNameQueryVariables = Exact<{
  text: string;
}>;


export type MastersByNameQuery = { searchMasters: Array<{ id: string, name: string, nameEn: string | null }> | null };

export type EnterprisesByNameQueryVariables = Exact<{
  text: string;
}>;


export type EnterprisesByNameQuery = { searchEnterprises: Array<{ id: string, name: string, nameEn: string | null }> | null };

export type UpdateMasterStudioMutationVariables = Exact<{
  input: UpdateMasterStudioInput;
}>;


export type UpdateMasterStudioMutation = { updateMasterStudio: { id: string, version: number, town: string | null, campusSchool: { id: string } | null } };

export type RecordStudioLevelChangeMutationVariables = Exact<{
  input: RecordStudioLevelChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RecordStudioLevelChangeMutation = { recordStudioLevelChange: { id: string, version: number, level: StudioLevel, levelHistory: Array<{ level: StudioLevel, year: number | null, note: string | null }> } };

export type RetireMasterStudioMutationVariables = Exact<{
  input: RetireMasterStudioInput;
}>;


export type RetireMasterStudioMutation = { retireMasterStudio: { id: string, version: number, retiredAt: string | null, retiredReason: string | null } };

export type StudioPlaceChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioPlaceChoicesQuery = { towns: Array<string> | null, schools: Array<{ id: string, name: string, nameEn: string | null }> | null };

export type MajorRowFieldsFragment = { id: string, name: string, nameEn: string | null, isNew: boolean, occupationalStandard: string | null, introducedYear: number | null, provenance: Provenance };

export type AuditLogsQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  studios: boolean;
  classes: boolean;
  policies: boolean;
  first?: number | null | undefined;
  last?: number | null | undefined;
  studiosAfter?: string | null | undefined;
  classesAfter?: string | null | undefined;
  policiesAfter?: string | null | undefined;
}>;


export type AuditLogsQuery = { masterStudiosAuditLog?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorSubject: string, actorName: string | null, actorRole: string, operation: string, recordType: string, recordId: string, before: unknown, after: unknown } }> } | null, enterpriseClassesAuditLog?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorSubject: string, actorName: string | null, actorRole: string, operation: string, recordType: string, recordId: string, before: unknown, after: unknown } }> } | null, payPoliciesAuditLog?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorSubject: string, actorName: string | null, actorRole: string, operation: string, recordType: string, recordId: string, before: unknown, after: unknown } }> } | null };

export type AuditPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorSubject: string, actorName: string | null, actorRole: string, operation: string, recordType: string, recordId: string, before: unknown, after: unknown } }> };

export type EnterpriseRowFieldsFragment = { id: string, name: string, nameEn: string | null, town: string | null, creditCode: string | null, provenance: Provenance, industry: { name: string, nameEn: string | null } | null };

export type EnterpriseDirectoryQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EnterpriseDirectoryQuery = { enterprises: { totalCount: number, pageInfo: { startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, town: string | null, creditCode: string | null, provenance: Provenance, industry: { name: string, nameEn: string | null } | null } }> } | null };

export type EnterpriseExportQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterpriseExportQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, town: string | null, creditCode: string | null, provenance: Provenance, industry: { name: string, nameEn: string | null } | null } }> } | null };

export type EnterpriseProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseProfileQuery = { enterprise: { id: string, name: string, nameEn: string | null, town: string | null, creditCode: string | null, provenance: Provenance, industry: { code: string, name: string, nameEn: string | null } | null, payPolicies: Array<{ id: string, scope: PolicyScope, upliftMinPercent: number, upliftMaxPercent: number, effectiveYear: number }>, promotionPathways: Array<{ id: string, fromRole: string, fromRoleEn: string | null, toRole: string, toRoleEn: string | null, examplePerson: string | null, honours: Array<string> }>, certificationBodies: Array<{ id: string, kind: CertificationBodyKind, pilotSinceYear: number, pilotSinceMonth: number | null, batches: Array<{ id: string, periodEnd: string, peopleCertified: number, selfTrained: number | null }> }>, subsidies: Array<{ id: string, kind: SubsidyKind, amountCny: number, year: number }>, partnerSchools: Array<{ id: string, name: string }> | null, enterpriseClasses: Array<{ id: string, name: string, cohortYear: number | null, seats: number | null }> | null, industryColleges: Array<{ id: string, name: string, foundedYear: number | null }> | null, trainingProgrammes: Array<{ id: string, kind: ProgrammeKind, name: string, participantsAtLeast: number | null, examplePerson: string | null }> | null, studios: Array<{ id: string, name: string, level: StudioLevel, leader: { name: string } | null, campusSchool: { name: string } | null }> | null } | null };

export type RegisterEnterpriseMutationVariables = Exact<{
  input: RegisterEnterpriseInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterEnterpriseMutation = { registerEnterprise: { id: string } };

export type EnterpriseTownChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseTownChoicesQuery = { towns: Array<string> | null };

export type RegisterMasterStudioMutationVariables = Exact<{
  input: RegisterMasterStudioInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterMasterStudioMutation = { registerMasterStudio: { id: string } };

export type StudioOccupationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioOccupationChoicesQuery = { occupations: Array<{ code: string, name: string, nameEn: string | null }> | null };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { masterStudioCountsByLevel: Array<{ level: StudioLevel, count: number }> | null, certificationSummary: { periodEnd: string | null, enterpriseBodies: number, socialEvaluationOrganisations: number, pilotUnits: number, newEnterpriseBodies: number, peopleCertified: number, selfTrained: number, selfTrainedPercent: number | null } | null, industryColleges: Array<{ id: string }> | null, majors: Array<{ id: string }> | null, enterpriseClasses: { totalCount: number } | null, graduateTeachers: Array<{ id: string }> | null, researchOutcomeSummary: { students: number, technicalRenovations: number, developedEquipment: number, patents: number, yearFrom: number, yearTo: number } | null, districtIndicators: Array<{ code: string, name: string, nameEn: string, value: number, target: number | null, achievedPercent: number | null, asOf: string | null }> | null };

export type PlannerIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerIndustriesQuery = { industries: Array<{ code: string, name: string, nameEn: string | null, priority: boolean }> | null };

export type PlannerQueryVariables = Exact<{
  industry: string;
  provenances?: Array<Provenance> | Provenance | null | undefined;
}>;


export type PlannerQuery = { industry: { code: string, name: string, nameEn: string | null, majors: Array<{ id: string, name: string, nameEn: string | null, isNew: boolean, occupationalStandard: string | null, introducedYear: number | null, provenance: Provenance }>, enterpriseClasses: Array<{ id: string, name: string, industryInferred: boolean, industryNote: string | null, cohortYear: number | null, seats: number | null, provenance: Provenance, school: { name: string }, major: { name: string } | null, partnerEnterprise: { id: string, name: string, nameEn: string | null, provenance: Provenance, industryInferred: boolean, industryNote: string | null, payPolicies: Array<{ scope: PolicyScope, upliftMinPercent: number, upliftMaxPercent: number, effectiveYear: number }>, studios: Array<{ id: string, name: string, level: StudioLevel, leader: { name: string } | null }> | null } | null }> } | null };

export type SchoolListQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolListQuery = { schools: Array<{ id: string, name: string, nameEn: string | null, kind: SchoolKind, town: string | null, industryColleges: Array<{ id: string }>, majors: Array<{ id: string }>, enterpriseClasses: Array<{ id: string }>, partnerEnterprises: Array<{ id: string } | null> }> | null };

export type SchoolMentorshipFragment = { mentorshipSummary: { students: number, pairedStudents: number, collegeMentors: number, enterpriseMentors: number, mentorEnterprises: number } | null };

export type SchoolProfileQueryVariables = Exact<{
  id: string | number;
  provenances?: Array<Provenance> | Provenance | null | undefined;
}>;


export type SchoolProfileQuery = { school: { id: string, name: string, nameEn: string | null, kind: SchoolKind, town: string | null, provenance: Provenance, industryColleges: Array<{ id: string, name: string, foundedYear: number | null, provenance: Provenance, partnerEnterprise: { id: string, name: string, nameEn: string | null } | null }>, majors: Array<{ id: string, name: string, nameEn: string | null, isNew: boolean, occupationalStandard: string | null, introducedYear: number | null, provenance: Provenance, industry: { code: string, name: string, nameEn: string | null } | null }>, enterpriseClasses: Array<{ id: string, name: string, cohortYear: number | null, seats: number | null, provenance: Provenance, major: { name: string } | null, partnerEnterprise: { id: string, name: string, nameEn: string | null } | null }>, trainingProgrammes: Array<{ id: string, kind: ProgrammeKind, name: string, participantsAtLeast: number | null, examplePerson: string | null, provenance: Provenance, partnerEnterprise: { id: string, name: string, nameEn: string | null } | null }>, partnerEnterprises: Array<{ id: string, name: string, nameEn: string | null, provenance: Provenance } | null>, graduateTeachers: Array<{ id: string, name: string, hiredYear: number | null, declinedOfferCny: number | null, provenance: Provenance }>, studios: Array<{ id: string, name: string, level: StudioLevel, provenance: Provenance }> | null, campusStudios: Array<{ id: string, name: string, level: StudioLevel, provenance: Provenance }> | null } | null, researchOutcomeSummary: { students: number, technicalRenovations: number, developedEquipment: number, patents: number, yearFrom: number, yearTo: number } | null, researchProjects: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: ResearchOutcomeKind, year: number, provenance: Provenance, sourceEnterprise: { id: string, name: string, nameEn: string | null } | null, participants: Array<{ id: string }> } }> } | null, mentorshipSummary: { students: number, pairedStudents: number, collegeMentors: number, enterpriseMentors: number, mentorEnterprises: number } | null };

export type ResearchRowFieldsFragment = { id: string, title: string, kind: ResearchOutcomeKind, year: number, provenance: Provenance, sourceEnterprise: { id: string, name: string, nameEn: string | null } | null, participants: Array<{ id: string }> };

export type ResearchSummaryFieldsFragment = { students: number, technicalRenovations: number, developedEquipment: number, patents: number, yearFrom: number, yearTo: number };

export type SchoolResearchFragment = { researchOutcomeSummary: { students: number, technicalRenovations: number, developedEquipment: number, patents: number, yearFrom: number, yearTo: number } | null, researchProjects: { totalCount: number, edges: Array<{ node: { id: string, title: string, kind: ResearchOutcomeKind, year: number, provenance: Provenance, sourceEnterprise: { id: string, name: string, nameEn: string | null } | null, participants: Array<{ id: string }> } }> } | null };

export type SchoolResearchExportQueryVariables = Exact<{
  schoolId: string | number;
  provenances?: Array<Provenance> | Provenance | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolResearchExportQuery = { researchProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: ResearchOutcomeKind, year: number, provenance: Provenance, sourceEnterprise: { id: string, name: string, nameEn: string | null } | null, participants: Array<{ id: string }> } }> } | null };

export type StudioHitFragment = { id: string, name: string, nameEn: string | null, town: string | null, provenance: Provenance };

export type CrossRegistrySearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  studiosPerHit?: number | null | undefined;
}>;


export type CrossRegistrySearchQuery = { searchStudios: Array<{ id: string, name: string, nameEn: string | null, town: string | null, provenance: Provenance }> | null, searchMasters: Array<{ id: string, name: string, nameEn: string | null, provenance: Provenance, studios: Array<{ id: string, name: string }> }> | null, searchEnterprises: Array<{ id: string, name: string, nameEn: string | null, town: string | null, provenance: Provenance, firstStudios: Array<{ id: string, name: string, nameEn: string | null, town: string | null, provenance: Provenance }> | null }> | null, searchEnterpriseClasses: Array<{ id: string, name: string, nameEn: string | null, provenance: Provenance, industry: { code: string } | null }> | null, searchMajors: Array<{ id: string, name: string, nameEn: string | null, provenance: Provenance, industry: { code: string } | null }> | null, searchIndustryColleges: Array<{ id: string, name: string, nameEn: string | null, provenance: Provenance, industry: { code: string } | null }> | null, searchOccupations: Array<{ code: string, name: string, nameEn: string | null, provenance: Provenance, firstStudios: Array<{ id: string, name: string, nameEn: string | null, town: string | null, provenance: Provenance }> | null }> | null };

export type StudioDirectoryQueryVariables = Exact<{
  filter?: MasterStudioFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type StudioDirectoryQuery = { masterStudios: { totalCount: number, pageInfo: { startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, kind: StudioKind, level: StudioLevel, town: string | null, recognisedYear: number | null, provenance: Provenance, retiredAt: string | null, leader: { name: string } | null, occupation: { name: string, nameEn: string | null } | null, industry: { name: string, nameEn: string | null } | null, hostEnterprise: { id: string, name: string, nameEn: string | null } | null, hostSchool: { name: string, nameEn: string | null } | null, campusSchool: { name: string } | null } }> } | null };

export type StudioFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioFacetsQuery = { towns: Array<string> | null, occupations: Array<{ code: string, name: string, nameEn: string | null }> | null, industries: Array<{ code: string, name: string, nameEn: string | null }> | null };

export type StudioQueryVariables = Exact<{
  id: string | number;
}>;


export type StudioQuery = { masterStudio: { id: string, version: number, name: string, nameEn: string | null, kind: StudioKind, level: StudioLevel, recognisedYear: number | null, town: string | null, provenance: Provenance, retiredAt: string | null, retiredReason: string | null, leader: { id: string, name: string, nameEn: string | null, title: string | null, titleEn: string | null, yearsInTrade: number | null, honours: Array<{ name: string, nameEn: string | null, year: number | null, valueCny: number | null, valueQualifier: string | null }>, chiefTechnicianTitles: Array<{ batch: number, year: number }> } | null, occupation: { name: string, nameEn: string | null } | null, industry: { code: string, name: string, nameEn: string | null } | null, hostEnterprise: { id: string, name: string, nameEn: string | null } | null, hostSchool: { id: string, name: string, nameEn: string | null } | null, campusSchool: { id: string, name: string, nameEn: string | null } | null, hostEnterpriseKey: { id: string } | null, hostSchoolKey: { id: string } | null, levelHistory: Array<{ level: StudioLevel, year: number | null, note: string | null }>, apprentices: Array<{ name: string, sinceYear: number }> } | null };

export type StudioRowFieldsFragment = { id: string, name: string, nameEn: string | null, kind: StudioKind, level: StudioLevel, town: string | null, recognisedYear: number | null, provenance: Provenance, retiredAt: string | null, leader: { name: string } | null, occupation: { name: string, nameEn: string | null } | null, industry: { name: string, nameEn: string | null } | null, hostEnterprise: { id: string, name: string, nameEn: string | null } | null, hostSchool: { name: string, nameEn: string | null } | null, campusSchool: { name: string } | null };

export type StudioExportQueryVariables = Exact<{
  filter?: MasterStudioFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StudioExportQuery = { masterStudios: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, kind: StudioKind, level: StudioLevel, town: string | null, recognisedYear: number | null, provenance: Provenance, retiredAt: string | null, leader: { name: string } | null, occupation: { name: string, nameEn: string | null } | null, industry: { name: string, nameEn: string | null } | null, hostEnterprise: { id: string, name: string, nameEn: string | null } | null, hostSchool: { name: string, nameEn: string | null } | null, campusSchool: { name: string } | null } }> } | null };

export const MajorRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Major"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalStandard"}},{"kind":"Field","name":{"kind":"Name","value":"introducedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]} as unknown as DocumentNode<MajorRowFieldsFragment, unknown>;
export const AuditPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditPageFragment, unknown>;
export const EnterpriseRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EnterpriseRowFieldsFragment, unknown>;
export const SchoolMentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolMentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"pairedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"collegeMentors"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseMentors"}},{"kind":"Field","name":{"kind":"Name","value":"mentorEnterprises"}}]}}]}}]} as unknown as DocumentNode<SchoolMentorshipFragment, unknown>;
export const ResearchSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchOutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"technicalRenovations"}},{"kind":"Field","name":{"kind":"Name","value":"developedEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"patents"}},{"kind":"Field","name":{"kind":"Name","value":"yearFrom"}},{"kind":"Field","name":{"kind":"Name","value":"yearTo"}}]}}]} as unknown as DocumentNode<ResearchSummaryFieldsFragment, unknown>;
export const ResearchRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResearchRowFieldsFragment, unknown>;
export const SchoolResearchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolResearch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchOutcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"provenances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchOutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"technicalRenovations"}},{"kind":"Field","name":{"kind":"Name","value":"developedEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"patents"}},{"kind":"Field","name":{"kind":"Name","value":"yearFrom"}},{"kind":"Field","name":{"kind":"Name","value":"yearTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchoolResearchFragment, unknown>;
export const StudioHitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]} as unknown as DocumentNode<StudioHitFragment, unknown>;
export const StudioRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StudioRowFieldsFragment, unknown>;
export const SignInChoicesDocument = {"__meta__":{"hash":"c713cf09223afd45b8cbd2d81a0419986364cac0ffb5e6adb7b66359a9a2dcdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInChoicesQuery, SignInChoicesQueryVariables>;
export const EnterpriseCertificationBodiesDocument = {"__meta__":{"hash":"bb55b966707e5d3e6ba476c4b274e49846fd685a651c9862de356981c8edc89b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCertificationBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificationBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseCertificationBodiesQuery, EnterpriseCertificationBodiesQueryVariables>;
export const RecordSubsidyDocument = {"__meta__":{"hash":"a045749c35d3bc0bfa83e490288678238ee055b7ce4243644ea7385317a4616b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubsidy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubsidy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSubsidyMutation, RecordSubsidyMutationVariables>;
export const RecordCertificationBatchDocument = {"__meta__":{"hash":"fb3b57ed14b77fad1a3c9649e70c3660f68a136b71d8dc4514465e5c89604d68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCertificationBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCertificationBatchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCertificationBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCertificationBatchMutation, RecordCertificationBatchMutationVariables>;
export const EnterpriseEditingDocument = {"__meta__":{"hash":"c277f672851e52785cab3657188f98b739cb3585aef5190bfcf11271ac76db13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMaxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionPathways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromRole"}},{"kind":"Field","name":{"kind":"Name","value":"toRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleEn"}},{"kind":"Field","name":{"kind":"Name","value":"toRoleEn"}},{"kind":"Field","name":{"kind":"Name","value":"examplePerson"}},{"kind":"Field","name":{"kind":"Name","value":"honours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseEditingQuery, EnterpriseEditingQueryVariables>;
export const UpdatePayPolicyDocument = {"__meta__":{"hash":"01165c83fa99287952c997610155cba641182cbcb2662e0ca2f907ca55f74818"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePayPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePayPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePayPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMaxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdatePayPolicyMutation, UpdatePayPolicyMutationVariables>;
export const RecordPayPolicyDocument = {"__meta__":{"hash":"3f76519cb3e8a570970798cbd60b7738071f995c491bce1cb8665a21c39f27da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPayPolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordPayPolicyMutation, RecordPayPolicyMutationVariables>;
export const UpdateClassSeatsDocument = {"__meta__":{"hash":"678c48ac2af29f5d51e061fadb78a2bbb1cd423855633b17c30a5ed23ba3a67e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterpriseClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}}]}}]} as unknown as DocumentNode<UpdateClassSeatsMutation, UpdateClassSeatsMutationVariables>;
export const IndustryChoicesDocument = {"__meta__":{"hash":"ed6454366c6a541f78f5d0924b1e8579099e04685ff8dc1c8c7963011c3ec7f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndustryChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<IndustryChoicesQuery, IndustryChoicesQueryVariables>;
export const RegisterEnterpriseClassDocument = {"__meta__":{"hash":"582fae3c62b2858b83b4fde6e06e88ae10545868ca9e839a2b398ce956463ecc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterpriseClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEnterpriseClassInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterpriseClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterEnterpriseClassMutation, RegisterEnterpriseClassMutationVariables>;
export const EnterpriseClassMajorChoicesDocument = {"__meta__":{"hash":"cf3adb4b37782d0ce218b9a9916415958975eed1ae340a5516af6c9db187c53b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseClassMajorChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseClassMajorChoicesQuery, EnterpriseClassMajorChoicesQueryVariables>;
export const ClassStudentsDocument = {"__meta__":{"hash":"0ee4100a657680c36f09f60f63af23e448927da3a2ee875662111845bc27e58a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassStudents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"students"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technicianLevel"}}]}}]}}]}}]} as unknown as DocumentNode<ClassStudentsQuery, ClassStudentsQueryVariables>;
export const UpdatePromotionPathwayDocument = {"__meta__":{"hash":"73a1449d1c02d0adce846796d8dda0f3e58d774e183c0d40d719db59c19381e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromotionPathway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePromotionPathwayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotionPathway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePromotionPathwayMutation, UpdatePromotionPathwayMutationVariables>;
export const RecordPromotionPathwayDocument = {"__meta__":{"hash":"34297a70a659bcf4cbf3db806e250071c01ec87d49df9e80238694ee9c2eaab1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPromotionPathway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPromotionPathwayInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPromotionPathway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordPromotionPathwayMutation, RecordPromotionPathwayMutationVariables>;
export const RegisterResearchProjectDocument = {"__meta__":{"hash":"6740fb56a2e0c29c0ec9a9265144fafedb9713dd3de7ca9dbfbab050767694cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterResearchProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterResearchProjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerResearchProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterResearchProjectMutation, RegisterResearchProjectMutationVariables>;
export const RegisterMajorDocument = {"__meta__":{"hash":"a1f763c9ff0a7df25f88a21a1217b5de74da385088ae0060bddbbd48b9d2a70b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMajor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMajorInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMajor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterMajorMutation, RegisterMajorMutationVariables>;
export const UpdateMajorDocument = {"__meta__":{"hash":"957cb1a95cc7e9f39f48fa4a98e2a126d8362ae4062e05692de8102884fd6f52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMajor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMajorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMajor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMajorMutation, UpdateMajorMutationVariables>;
export const UpdateIndustryCollegeDocument = {"__meta__":{"hash":"cca3ebca67777fa6931cec71d1a3703ae45d485abbfbf3f54ce577c2da3c24f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndustryCollege"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndustryCollegeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndustryCollege"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIndustryCollegeMutation, UpdateIndustryCollegeMutationVariables>;
export const SchoolEditingDocument = {"__meta__":{"hash":"7d87d4add22a2010a6dc83244fe072e8c4b2cd1e43de4d8b555bb32d9f29edb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolEditing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalStandard"}},{"kind":"Field","name":{"kind":"Name","value":"introducedYear"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryColleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolEditingQuery, SchoolEditingQueryVariables>;
export const RegisterIndustryCollegeDocument = {"__meta__":{"hash":"2f18da883f0c96c64b25b39e23577e330deddd18a524e59434ac25e5d0eba097"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIndustryCollege"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIndustryCollegeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIndustryCollege"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterIndustryCollegeMutation, RegisterIndustryCollegeMutationVariables>;
export const MastersByNameDocument = {"__meta__":{"hash":"184baba601f7a2989fe55549d49c3be27b120df4cf54771c2dfc5d23b1109373"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MastersByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchMasters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MastersByNameQuery, MastersByNameQueryVariables>;
export const EnterprisesByNameDocument = {"__meta__":{"hash":"74adda160b6a79bfe6a4c08cd2ec0db83b4ed68e1c902968e97aa9790e217d31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EnterprisesByNameQuery, EnterprisesByNameQueryVariables>;
export const UpdateMasterStudioDocument = {"__meta__":{"hash":"7727d56eaebb2147be25b547bc48e1812d1e222fd21e99778145ee221391eda3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMasterStudio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMasterStudioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMasterStudio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMasterStudioMutation, UpdateMasterStudioMutationVariables>;
export const RecordStudioLevelChangeDocument = {"__meta__":{"hash":"ba0593c1921f18897ce4649cce26996b25fffec2b11acf6cb56491e5bc38ce26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStudioLevelChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStudioLevelChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStudioLevelChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RecordStudioLevelChangeMutation, RecordStudioLevelChangeMutationVariables>;
export const RetireMasterStudioDocument = {"__meta__":{"hash":"564b1f455177c8f873975c231d7a810280cc65654feb4eba7779f8ef1ad9d26b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMasterStudio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireMasterStudioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMasterStudio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}}]}}]}}]} as unknown as DocumentNode<RetireMasterStudioMutation, RetireMasterStudioMutationVariables>;
export const StudioPlaceChoicesDocument = {"__meta__":{"hash":"71673ec700da9beacde72e9fb6106fbb2a7670ecbd27d74397ee890f341384ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioPlaceChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StudioPlaceChoicesQuery, StudioPlaceChoicesQueryVariables>;
export const AuditLogsDocument = {"__meta__":{"hash":"16b0d6109d216f974c893c6276693e40a85f56505bc25a97b04e21981a9c6ae7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studios"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policies"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studiosAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policiesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterStudiosAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studiosAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studios"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClassesAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classesAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payPoliciesAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policiesAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policies"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const EnterpriseDirectoryDocument = {"__meta__":{"hash":"6f178d6f3627372d89a8114502eb62bec54b466ba48a4c34307d9a1fa61b9bb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EnterpriseDirectoryQuery, EnterpriseDirectoryQueryVariables>;
export const EnterpriseExportDocument = {"__meta__":{"hash":"82f5c4c2cc89bfdf041736a5301ebf8f0eca5aad5d27e08883910872d4557f7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EnterpriseExportQuery, EnterpriseExportQueryVariables>;
export const EnterpriseProfileDocument = {"__meta__":{"hash":"8450d3345d405d752a24e13c37936c4661965d3d37a248f15ff527eb973c8ce3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMaxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionPathways"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromRoleEn"}},{"kind":"Field","name":{"kind":"Name","value":"toRole"}},{"kind":"Field","name":{"kind":"Name","value":"toRoleEn"}},{"kind":"Field","name":{"kind":"Name","value":"examplePerson"}},{"kind":"Field","name":{"kind":"Name","value":"honours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pilotSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"pilotSinceMonth"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCertified"}},{"kind":"Field","name":{"kind":"Name","value":"selfTrained"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerSchools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryColleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"examplePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseProfileQuery, EnterpriseProfileQueryVariables>;
export const RegisterEnterpriseDocument = {"__meta__":{"hash":"e729ee2cf4d2cfe47ed1b225633edb66ce61c1e628d3aa88f46c5ae8189d862f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEnterpriseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterEnterpriseMutation, RegisterEnterpriseMutationVariables>;
export const EnterpriseTownChoicesDocument = {"__meta__":{"hash":"37d89fb838cc7a7b1cf2c5a90a03803dd21ac76e6d59a7e5755918598bb61bee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseTownChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"}}]}}]} as unknown as DocumentNode<EnterpriseTownChoicesQuery, EnterpriseTownChoicesQueryVariables>;
export const RegisterMasterStudioDocument = {"__meta__":{"hash":"dd8ffa2f7407b133c893b8e7922d655c57b1e8a6cf09052aeb884fcaec81f522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMasterStudio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMasterStudioInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMasterStudio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterMasterStudioMutation, RegisterMasterStudioMutationVariables>;
export const StudioOccupationChoicesDocument = {"__meta__":{"hash":"12a237d0d24723a0954da347beb8fff53137afe4d7ad7e79efebd90abd62fa9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioOccupationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StudioOccupationChoicesQuery, StudioOccupationChoicesQueryVariables>;
export const OverviewDocument = {"__meta__":{"hash":"b5bbe154f34d337b3a8e61e28d861c9071ad5a63657919e13d922d1f0405c030"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterStudioCountsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseBodies"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluationOrganisations"}},{"kind":"Field","name":{"kind":"Name","value":"pilotUnits"}},{"kind":"Field","name":{"kind":"Name","value":"newEnterpriseBodies"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCertified"}},{"kind":"Field","name":{"kind":"Name","value":"selfTrained"}},{"kind":"Field","name":{"kind":"Name","value":"selfTrainedPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industryColleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"isNew"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduateTeachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchOutcomeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achievedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchOutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"technicalRenovations"}},{"kind":"Field","name":{"kind":"Name","value":"developedEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"patents"}},{"kind":"Field","name":{"kind":"Name","value":"yearFrom"}},{"kind":"Field","name":{"kind":"Name","value":"yearTo"}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PlannerIndustriesDocument = {"__meta__":{"hash":"6d9a81952601907095d0f70eb0bb8ff2db8b3f64c2fb491422258a4093bc4f21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerIndustries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<PlannerIndustriesQuery, PlannerIndustriesQueryVariables>;
export const PlannerDocument = {"__meta__":{"hash":"a88534e8a03a1d3e9ddd75aab6e47e2b11069d79dde981620545fb18e5d5306b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Planner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provenances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provenances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industryInferred"}},{"kind":"Field","name":{"kind":"Name","value":"industryNote"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"major"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industryInferred"}},{"kind":"Field","name":{"kind":"Name","value":"industryNote"}},{"kind":"Field","name":{"kind":"Name","value":"payPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMinPercent"}},{"kind":"Field","name":{"kind":"Name","value":"upliftMaxPercent"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Major"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalStandard"}},{"kind":"Field","name":{"kind":"Name","value":"introducedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]} as unknown as DocumentNode<PlannerQuery, PlannerQueryVariables>;
export const SchoolListDocument = {"__meta__":{"hash":"4039588c3d7e81c03424d58b2d78483b452106dee53788f115efdda85168e7a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"industryColleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolListQuery, SchoolListQueryVariables>;
export const SchoolProfileDocument = {"__meta__":{"hash":"b7b007989fb172bb165cbb20dc678665e1fced77e21f561575a111aa50a2289c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industryColleges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"foundedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"majors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MajorRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"major"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participantsAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"examplePerson"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerEnterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graduateTeachers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hiredYear"}},{"kind":"Field","name":{"kind":"Name","value":"declinedOfferCny"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusStudios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolResearch"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolMentorship"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchOutcomeSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"technicalRenovations"}},{"kind":"Field","name":{"kind":"Name","value":"developedEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"patents"}},{"kind":"Field","name":{"kind":"Name","value":"yearFrom"}},{"kind":"Field","name":{"kind":"Name","value":"yearTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MajorRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Major"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isNew"}},{"kind":"Field","name":{"kind":"Name","value":"occupationalStandard"}},{"kind":"Field","name":{"kind":"Name","value":"introducedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolResearch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchOutcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"researchProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"provenances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolMentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorshipSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"pairedStudents"}},{"kind":"Field","name":{"kind":"Name","value":"collegeMentors"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseMentors"}},{"kind":"Field","name":{"kind":"Name","value":"mentorEnterprises"}}]}}]}}]} as unknown as DocumentNode<SchoolProfileQuery, SchoolProfileQueryVariables>;
export const SchoolResearchExportDocument = {"__meta__":{"hash":"c09466747087d82cef8da2e572211483fd1552e87d49d685601699cf7d9f92be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolResearchExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"provenances"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provenances"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResearchRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResearchRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResearchProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SchoolResearchExportQuery, SchoolResearchExportQueryVariables>;
export const CrossRegistrySearchDocument = {"__meta__":{"hash":"8323a9d65aa3d42f8d86c4537af0059643b6c60907b8385aa2eab6673df4d4ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossRegistrySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studiosPerHit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchStudios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioHit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchMasters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"firstStudios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studiosPerHit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioHit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchEnterpriseClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchMajors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchIndustryColleges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"firstStudios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studiosPerHit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioHit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]} as unknown as DocumentNode<CrossRegistrySearchQuery, CrossRegistrySearchQueryVariables>;
export const StudioDirectoryDocument = {"__meta__":{"hash":"44b25bca3a673a6a497882ca1cf14964b690e016530c0459ab52ad738d36c42a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudioFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterStudios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StudioDirectoryQuery, StudioDirectoryQueryVariables>;
export const StudioFacetsDocument = {"__meta__":{"hash":"5093308f59f11ff2f7f743366853098d5b25849277cf6181450677e62e3f977c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"towns"}}]}}]} as unknown as DocumentNode<StudioFacetsQuery, StudioFacetsQueryVariables>;
export const StudioDocument = {"__meta__":{"hash":"7c8f3f08dba40d0b5e10e904403b2a2fe569424b6fcd9187d88062e4b2fe6969"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Studio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterStudio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedYear"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInTrade"}},{"kind":"Field","name":{"kind":"Name","value":"honours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"valueCny"}},{"kind":"Field","name":{"kind":"Name","value":"valueQualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chiefTechnicianTitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hostEnterpriseKey"},"name":{"kind":"Name","value":"hostEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hostSchoolKey"},"name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levelHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apprentices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sinceYear"}}]}}]}}]}}]} as unknown as DocumentNode<StudioQuery, StudioQueryVariables>;
export const StudioExportDocument = {"__meta__":{"hash":"285304e4ec6a64cb7e628748376c16f598297d0899e48bc370b7e50fc56c7ed6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudioFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterStudios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MasterStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedYear"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campusSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StudioExportQuery, StudioExportQueryVariables>;