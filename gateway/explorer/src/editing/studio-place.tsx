import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { Options } from '../components/options.tsx';
import { choicesMissing } from '../components/query-state.tsx';
import { RegistrySelect } from '../components/registry-select.tsx';
import { type Choice, choiceLabel, SearchPicker } from '../components/search-picker.tsx';
import { bilingual } from '../labels.ts';
import { Field, optionalText } from './edit-form.tsx';
import { EnterprisesByName, MastersByName } from './search-choices.ts';
import { refusedBeforeSending, type WriteProblems } from './write-errors.ts';

/** The controlled list of towns every write accepts, and the schools a studio may be hosted by or work on the campus of. */
const PlaceChoices = graphql(`
  query StudioPlaceChoices {
    towns
    schools {
      id
      name
      nameEn
    }
  }
`);

/** Where a studio works and who leads it, as a form starts from: a studio's record, or nothing for a new one. */
export interface StudioPlace {
  town?: string | null;
  leader?: Choice | null;
  hostEnterprise?: Choice | null;
  hostSchool?: Choice | null;
  campusSchoolId?: string | null;
}

/** What the API takes for a place; null is none. */
export interface PlaceInput {
  town?: string;
  leaderId: string | null;
  hostEnterpriseId: string | null;
  hostSchoolId: string | null;
  campusSchoolId: string | null;
}

export const PLACE_FIELDS = ['town', 'leaderId', 'hostEnterpriseId', 'hostSchoolId', 'campusSchoolId'] as const;

type HostKind = 'enterprise' | 'school' | 'none';
const HOST_KINDS: HostKind[] = ['enterprise', 'school', 'none'];

const required = (field: string) => refusedBeforeSending(field, 'required', `input.${field} is required`);

/**
 * A studio's town, leader, host and campus in a write form: people and places picked by name,
 * never typed as numbers. `fields` draws them; `read` gives what the form holds as the API takes it.
 */
export function useStudioPlace(place: StudioPlace, blankTown: string) {
  const { t } = useTranslation();
  const [choices] = useQuery({ query: PlaceChoices });
  // A studio has one host: choosing its kind first leaves no way to name two.
  const [hostKind, setHostKind] = useState<HostKind>(place.hostEnterprise ? 'enterprise' : place.hostSchool ? 'school' : 'none');
  const townChoices = [...new Set([...(choices.data?.towns ?? []), ...(place.town ? [place.town] : [])])];
  const schoolChoices = choices.data?.schools;
  const schoolsMissing = choicesMissing(choices, schoolChoices);
  // Kept as a choice while the registry does not answer, so that the select shows it.
  const hostSchools = schoolChoices ?? (place.hostSchool ? [place.hostSchool] : []);

  const read = (data: FormData): PlaceInput | CombinedError => {
    const hostEnterpriseId = hostKind === 'enterprise' ? (optionalText(data, 'hostEnterpriseId') ?? null) : null;
    // A disabled select (its choices did not come) is absent: the host stays as it is.
    const hostSchoolId = hostKind === 'school' ? (data.has('hostSchoolId') ? (optionalText(data, 'hostSchoolId') ?? null) : (place.hostSchool?.id ?? null)) : null;
    if (hostKind === 'enterprise' && !hostEnterpriseId) return required('hostEnterpriseId');
    if (hostKind === 'school' && !hostSchoolId) return required('hostSchoolId');
    return {
      town: optionalText(data, 'town'),
      leaderId: optionalText(data, 'leaderId') ?? null,
      hostEnterpriseId,
      hostSchoolId,
      campusSchoolId: data.has('campusSchoolId') ? (optionalText(data, 'campusSchoolId') ?? null) : (place.campusSchoolId ?? null),
    };
  };

  const fields = (errors: WriteProblems['fields']) => (
    <>
      <Field label={t('common.town')} name="town" errors={errors}>
        {(input) => (
          // Drawn again once the towns come, so that the studio's town is the one shown.
          <select {...input} key={String(!!choices.data)} defaultValue={place.town ?? ''}>
            <option value="">{blankTown}</option>
            <Options items={townChoices} label={(town) => town} />
          </select>
        )}
      </Field>
      <Field label={t('edit.leader')} name="leaderId" errors={errors}>
        {(input) => (
          <SearchPicker
            input={input}
            current={place.leader}
            query={MastersByName}
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
              current={place.hostEnterprise}
              query={EnterprisesByName}
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
            <RegistrySelect
              input={input}
              items={hostSchools}
              value={(school) => school.id}
              label={(school) => choiceLabel(school, t)}
              blank={t('edit.pickSchool')}
              defaultValue={place.hostSchool?.id ?? ''}
              missing={schoolsMissing}
              registry="enterprise-classes"
            />
          )}
        </Field>
      )}
      <Field label={t('studioCampus.label')} name="campusSchoolId" errors={errors}>
        {(input) => (
          // Drawn again once the schools come, so that the studio's campus is the one shown.
          <RegistrySelect
            key={String(!!schoolChoices)}
            input={input}
            items={schoolChoices}
            value={(school) => school.id}
            label={(school) => bilingual(school.name, school.nameEn)}
            blank={t('studioCampus.none')}
            defaultValue={place.campusSchoolId ?? ''}
            missing={schoolsMissing}
            registry="enterprise-classes"
          />
        )}
      </Field>
    </>
  );

  return { fields, read };
}
