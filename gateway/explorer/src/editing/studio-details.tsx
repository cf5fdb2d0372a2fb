import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useMutation, useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { Options } from '../components/options.tsx';
import { ChoicesUnavailable, choicesMissing } from '../components/query-state.tsx';
import { type Choice, choiceLabel, SearchPicker } from '../components/search-picker.tsx';
import { bilingual } from '../labels.ts';
import { EditForm, Field, optionalText } from './edit-form.tsx';

const UpdateStudio = graphql(`
  mutation UpdateMasterStudio($input: UpdateMasterStudioInput!) {
    updateMasterStudio(input: $input) {
      id
      version
      town
      campusSchool {
        id
      }
    }
  }
`);

const Towns = graphql(`
  query StudioTownChoices {
    masterStudioTowns
  }
`);

/** The schools a studio may be hosted by or work on the campus of: the enterprise-classes registry's schools. */
const Schools = graphql(`
  query StudioCampusChoices {
    schools {
      id
      name
      nameEn
    }
  }
`);

const Masters = graphql(`
  query StudioLeaderChoices($text: String!) {
    searchMasters(text: $text, first: 20) {
      id
      name
      nameEn
    }
  }
`);

const Enterprises = graphql(`
  query StudioHostEnterpriseChoices($text: String!) {
    searchEnterprises(text: $text, first: 20) {
      id
      name
      nameEn
    }
  }
`);

export interface StudioDetails {
  id: string;
  version: number;
  town?: string | null;
  leader?: Choice | null;
  hostEnterprise?: Choice | null;
  hostSchool?: Choice | null;
  campusSchoolId?: string | null;
}

type HostKind = 'enterprise' | 'school' | 'none';
const HOST_KINDS: HostKind[] = ['enterprise', 'school', 'none'];

/** Refused before it is sent, as the API refuses: beside the field. */
const required = (field: string) => new CombinedError({ graphQLErrors: [{ message: `input.${field} is required`, extensions: { code: 'BAD_USER_INPUT', field: `input.${field}`, rule: 'required' } }] });

/** The studio's town, leader, host and campus: people and places picked by name, never typed as numbers. */
export function StudioDetailsForm({ studio, reload }: { studio: StudioDetails; reload: () => void }) {
  const { t } = useTranslation();
  const [, updateStudio] = useMutation(UpdateStudio);
  const [towns] = useQuery({ query: Towns });
  const [schools] = useQuery({ query: Schools });
  // A studio has one host: choosing its kind first leaves no way to name two.
  const [hostKind, setHostKind] = useState<HostKind>(studio.hostEnterprise ? 'enterprise' : studio.hostSchool ? 'school' : 'none');
  const townChoices = [...new Set([...(towns.data?.masterStudioTowns ?? []), ...(studio.town ? [studio.town] : [])])];
  const schoolChoices = schools.data?.schools;
  const schoolsMissing = choicesMissing(schools, schoolChoices);
  // Kept as a choice while the registry does not answer, so that the select shows it.
  const hostSchools = schoolChoices ?? (studio.hostSchool ? [studio.hostSchool] : []);

  return (
    <EditForm
      title={t('edit.studioDetails')}
      testId="edit-studio"
      fields={['town', 'leaderId', 'hostEnterpriseId', 'hostSchoolId', 'campusSchoolId']}
      reload={reload}
      save={async (data) => {
        const leaderId = optionalText(data, 'leaderId') ?? null;
        const hostEnterpriseId = hostKind === 'enterprise' ? (optionalText(data, 'hostEnterpriseId') ?? null) : null;
        // A disabled select (its choices did not come) is absent: the host stays as it is.
        const hostSchoolId = hostKind === 'school' ? (data.has('hostSchoolId') ? (optionalText(data, 'hostSchoolId') ?? null) : (studio.hostSchool?.id ?? null)) : null;
        if (hostKind === 'enterprise' && !hostEnterpriseId) return required('hostEnterpriseId');
        if (hostKind === 'school' && !hostSchoolId) return required('hostSchoolId');
        const campusSchoolId = data.has('campusSchoolId') ? (optionalText(data, 'campusSchoolId') ?? null) : (studio.campusSchoolId ?? null);
        // Only what changed is sent; null clears it (no leader, no host, off campus).
        const changed = <T,>(value: T, was: T | undefined) => value !== (was ?? null);
        const input = {
          id: studio.id,
          version: studio.version,
          town: optionalText(data, 'town'),
          ...(changed(leaderId, studio.leader?.id) && { leaderId }),
          ...(changed(hostEnterpriseId, studio.hostEnterprise?.id) && { hostEnterpriseId }),
          ...(changed(hostSchoolId, studio.hostSchool?.id) && { hostSchoolId }),
          ...(changed(campusSchoolId, studio.campusSchoolId) && { campusSchoolId }),
        };
        return (await updateStudio({ input })).error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('common.town')} name="town" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={studio.town ?? ''}>
                <option value="">{t('edit.unchanged')}</option>
                <Options items={townChoices} label={(town) => town} />
              </select>
            )}
          </Field>
          <Field label={t('edit.leader')} name="leaderId" errors={errors}>
            {(input) => (
              <SearchPicker
                input={input}
                current={studio.leader}
                query={Masters}
                results={(data) => data?.searchMasters}
                registry="master-studios"
                none={t('edit.noLeader')}
                testId="pick-leader"
              />
            )}
          </Field>
          <fieldset className="host-kind" data-testid="host-kind">
            <legend>{t('edit.host')}</legend>
            <div className="choices">
              {HOST_KINDS.map((kind) => (
                <label key={kind}>
                  <input type="radio" name="hostKind" value={kind} checked={hostKind === kind} onChange={() => setHostKind(kind)} />
                  {t(`edit.hostKind_${kind}`)}
                </label>
              ))}
            </div>
            <p className="subtitle">{t('edit.oneHost')}</p>
          </fieldset>
          {hostKind === 'enterprise' && (
            <Field label={t('edit.hostEnterprise')} name="hostEnterpriseId" errors={errors}>
              {(input) => (
                <SearchPicker
                  input={input}
                  current={studio.hostEnterprise}
                  query={Enterprises}
                  results={(data) => data?.searchEnterprises}
                  registry="pay-policies"
                  testId="pick-host-enterprise"
                />
              )}
            </Field>
          )}
          {hostKind === 'school' && (
            <Field label={t('edit.hostSchool')} name="hostSchoolId" errors={errors}>
              {(input) => (
                <>
                  <select {...input} defaultValue={studio.hostSchool?.id ?? ''} disabled={schoolsMissing}>
                    <option value="">{t('edit.pickSchool')}</option>
                    <Options items={hostSchools} value={(school) => school.id} label={(school) => choiceLabel(school, t)} />
                  </select>
                  {schoolsMissing && <ChoicesUnavailable registry="enterprise-classes" />}
                </>
              )}
            </Field>
          )}
          <Field label={t('studioCampus.label')} name="campusSchoolId" errors={errors}>
            {(input) => (
              <>
                {/* Drawn again once the schools come, so that the studio's campus is the one shown. */}
                <select {...input} key={String(!!schoolChoices)} defaultValue={studio.campusSchoolId ?? ''} disabled={schoolsMissing}>
                  <option value="">{t('studioCampus.none')}</option>
                  <Options items={schoolChoices} value={(school) => school.id} label={(school) => bilingual(school.name, school.nameEn)} />
                </select>
                {schoolsMissing && <ChoicesUnavailable registry="enterprise-classes" />}
              </>
            )}
          </Field>
        </>
      )}
    </EditForm>
  );
}
