import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { type Choice, SearchPicker } from '../components/search-picker.tsx';
import { graphql } from '../gql/index.ts';
import { may, useSession } from '../session/session.ts';
import { EditForm, Field, NameFields, namesFrom, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { IndustryField } from './industry-field.tsx';
import { NewResearchForm } from './research-form.tsx';
import { EnterprisesByName } from './search-choices.ts';

const RegisterMajor = graphql(`
  mutation RegisterMajor($input: RegisterMajorInput!, $idempotencyKey: String) {
    registerMajor(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const UpdateMajor = graphql(`
  mutation UpdateMajor($input: UpdateMajorInput!) {
    updateMajor(input: $input) {
      id
      version
    }
  }
`);

const UpdateIndustryCollege = graphql(`
  mutation UpdateIndustryCollege($input: UpdateIndustryCollegeInput!) {
    updateIndustryCollege(input: $input) {
      id
      version
    }
  }
`);

/** What the change forms start from: each record as it is, with the version a change names. */
const SchoolEditing = graphql(`
  query SchoolEditing($id: ID!) {
    school(id: $id) {
      id
      enterpriseClasses {
        id
        name
      }
      majors {
        id
        version
        name
        nameEn
        isNew
        occupationalStandard
        introducedYear
        industry {
          code
        }
      }
      industryColleges {
        id
        version
        name
        nameEn
        foundedYear
        industry {
          code
        }
        partnerEnterprise {
          id
          name
          nameEn
        }
      }
    }
  }
`);

const RegisterIndustryCollege = graphql(`
  mutation RegisterIndustryCollege($input: RegisterIndustryCollegeInput!, $idempotencyKey: String) {
    registerIndustryCollege(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

/** What a school's own staff record on its page: majors it opens or changes, industry colleges it builds with an enterprise, what its students' research produced. */
export function SchoolEditors({ schoolId, reload }: { schoolId: string; reload: () => void }) {
  const session = useSession();
  if (!may.editClasses(session, Number(schoolId))) return null;
  return <Editors schoolId={schoolId} reloadPage={reload} />;
}

function Editors({ schoolId, reloadPage }: { schoolId: string; reloadPage: () => void }) {
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: SchoolEditing, variables: { id: schoolId } });
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    reloadPage();
  };
  const school = result.data?.school;
  return (
    <div className="grid" data-testid="school-editors">
      <MajorForm schoolId={schoolId} reload={reload} />
      <IndustryCollegeForm schoolId={schoolId} reload={reload} />
      <NewResearchForm schoolId={schoolId} classes={school?.enterpriseClasses ?? []} reload={reload} />
      {school && school.majors.length > 0 && (
        <Chosen records={school.majors} label={t('schools.pickMajor')} testId="pick-major">
          {(major, chooser) => <MajorForm key={`${major.id}:${major.version}`} schoolId={schoolId} major={major} chooser={chooser} reload={reload} />}
        </Chosen>
      )}
      {school && school.industryColleges.length > 0 && (
        <Chosen records={school.industryColleges} label={t('schools.pickCollege')} testId="pick-college">
          {(college, chooser) => <IndustryCollegeForm key={`${college.id}:${college.version}`} schoolId={schoolId} college={college} chooser={chooser} reload={reload} />}
        </Chosen>
      )}
    </div>
  );
}

/** One change form for a list of records: a select picks the record, and the form is drawn anew with its values. */
function Chosen<T extends { id: string; name: string }>({ records, label, testId, children }: { records: T[]; label: string; testId: string; children: (record: T, chooser: ReactNode) => ReactNode }) {
  const [id, setId] = useState(records[0].id);
  const record = records.find((r) => r.id === id) ?? records[0];
  const selectId = useId();
  const chooser = (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={record.id} onChange={(e) => setId(e.target.value)} data-testid={testId}>
        <Options items={records} value={(r) => r.id} label={(r) => r.name} />
      </select>
    </div>
  );
  return children(record, chooser);
}

type Major = { id: string; version: number; name: string; nameEn?: string | null; isNew: boolean; occupationalStandard?: string | null; introducedYear?: number | null; industry?: { code: string } | null };

/** Registers a major (registerMajor), or changes the one given (updateMajor): blank boxes clear what they held. */
function MajorForm({ schoolId, major, chooser, reload }: { schoolId: string; major?: Major; chooser?: ReactNode; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerMajor] = useMutation(RegisterMajor);
  const [, updateMajor] = useMutation(UpdateMajor);
  const create = useCreate(registerMajor);
  return (
    <EditForm
      title={major ? t('schools.changeMajor') : t('schools.newMajor')}
      testId={major ? 'change-major' : 'register-major'}
      submitLabel={major ? undefined : t('edit.register')}
      emptyAfterSave={!major}
      fields={['name', 'nameEn', 'isNew', 'industryCode', 'occupationalStandard', 'introducedYear']}
      reload={reload}
      save={async (data) => {
        if (!major) {
          const result = await create({
            schoolId,
            ...namesFrom(data),
            isNew: data.has('isNew'),
            industryCode: optionalText(data, 'industryCode'),
            occupationalStandard: optionalText(data, 'occupationalStandard'),
            introducedYear: optionalNumber(data, 'introducedYear'),
          });
          return result.error;
        }
        const input = {
          id: major.id,
          version: major.version,
          name: String(data.get('name') ?? ''),
          nameEn: optionalText(data, 'nameEn') ?? null,
          isNew: data.has('isNew'),
          industryCode: optionalText(data, 'industryCode') ?? null,
          occupationalStandard: optionalText(data, 'occupationalStandard') ?? null,
          introducedYear: optionalNumber(data, 'introducedYear') ?? null,
        };
        return (await updateMajor({ input })).error;
      }}
    >
      {(errors) => (
        <>
          {chooser}
          <NameFields label={t('schools.majorName')} placeholder={t('schools.majorNamePlaceholder')} errors={errors} names={major} />
          <Field label={t('schools.isNew')} name="isNew" errors={errors}>
            {(input) => <input {...input} type="checkbox" defaultChecked={major?.isNew} />}
          </Field>
          <IndustryField errors={errors} code={major?.industry?.code} />
          <Field label={t('schools.occupationalStandard')} name="occupationalStandard" errors={errors}>
            {(input) => <input {...input} placeholder={t('schools.occupationalStandardPlaceholder')} defaultValue={major?.occupationalStandard ?? ''} />}
          </Field>
          <YearField label={t('schools.introducedYear')} name="introducedYear" errors={errors} year={major && (major.introducedYear ?? null)} />
        </>
      )}
    </EditForm>
  );
}

type College = { id: string; version: number; name: string; nameEn?: string | null; foundedYear?: number | null; industry?: { code: string } | null; partnerEnterprise?: Choice | null };

/** Registers an industry college (registerIndustryCollege), or changes the one given (updateIndustryCollege). */
function IndustryCollegeForm({ schoolId, college, chooser, reload }: { schoolId: string; college?: College; chooser?: ReactNode; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerCollege] = useMutation(RegisterIndustryCollege);
  const [, updateCollege] = useMutation(UpdateIndustryCollege);
  const create = useCreate(registerCollege);
  return (
    <EditForm
      title={college ? t('schools.changeCollege') : t('schools.newIndustryCollege')}
      testId={college ? 'change-industry-college' : 'register-industry-college'}
      submitLabel={college ? undefined : t('edit.register')}
      emptyAfterSave={!college}
      fields={['name', 'nameEn', 'partnerEnterpriseId', 'industryCode', 'foundedYear']}
      reload={reload}
      save={async (data) => {
        if (!college) {
          const result = await create({
            schoolId,
            ...namesFrom(data),
            partnerEnterpriseId: optionalText(data, 'partnerEnterpriseId'),
            industryCode: optionalText(data, 'industryCode'),
            foundedYear: optionalNumber(data, 'foundedYear'),
          });
          return result.error;
        }
        // The partner is sent only when changed: one whose registry did not answer is not shown, and must not be cleared.
        const partnerEnterpriseId = optionalText(data, 'partnerEnterpriseId') ?? null;
        const input = {
          id: college.id,
          version: college.version,
          name: String(data.get('name') ?? ''),
          nameEn: optionalText(data, 'nameEn') ?? null,
          industryCode: optionalText(data, 'industryCode') ?? null,
          foundedYear: optionalNumber(data, 'foundedYear') ?? null,
          ...(partnerEnterpriseId !== (college.partnerEnterprise?.id ?? null) && { partnerEnterpriseId }),
        };
        return (await updateCollege({ input })).error;
      }}
    >
      {(errors) => (
        <>
          {chooser}
          <NameFields label={t('schools.collegeName')} placeholder={t('schools.collegeNamePlaceholder')} errors={errors} names={college} />
          <Field label={t('schools.collegePartner')} name="partnerEnterpriseId" errors={errors}>
            {(input) => (
              <SearchPicker
                input={input}
                current={college?.partnerEnterprise}
                query={EnterprisesByName}
                results={(data) => data?.searchEnterprises}
                registry="pay-policies"
                none={t('schools.noPartner')}
                testId="pick-college-partner"
              />
            )}
          </Field>
          <IndustryField errors={errors} code={college?.industry?.code} />
          <YearField label={t('schools.foundedYear')} name="foundedYear" errors={errors} year={college && (college.foundedYear ?? null)} />
        </>
      )}
    </EditForm>
  );
}
