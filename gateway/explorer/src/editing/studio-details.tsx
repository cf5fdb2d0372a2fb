import { useTranslation } from 'react-i18next';
import { CombinedError, useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { EditForm } from './edit-form.tsx';
import { PLACE_FIELDS, type StudioPlace, useStudioPlace } from './studio-place.tsx';

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

export interface StudioDetails extends StudioPlace {
  id: string;
  version: number;
}

/** The studio's town, leader, host and campus. */
export function StudioDetailsForm({ studio, reload }: { studio: StudioDetails; reload: () => void }) {
  const { t } = useTranslation();
  const [, updateStudio] = useMutation(UpdateStudio);
  const place = useStudioPlace(studio, t('edit.unchanged'));

  return (
    <EditForm
      title={t('edit.studioDetails')}
      testId="edit-studio"
      fields={PLACE_FIELDS}
      reload={reload}
      save={async (data) => {
        const read = place.read(data);
        if (read instanceof CombinedError) return read;
        // Only what changed is sent; null clears it (no leader, no host, off campus); a blank town is left as it is.
        const changed = <T,>(value: T, was: T | undefined) => value !== (was ?? null);
        const input = {
          id: studio.id,
          version: studio.version,
          town: read.town,
          ...(changed(read.leaderId, studio.leader?.id) && { leaderId: read.leaderId }),
          ...(changed(read.hostEnterpriseId, studio.hostEnterprise?.id) && { hostEnterpriseId: read.hostEnterpriseId }),
          ...(changed(read.hostSchoolId, studio.hostSchool?.id) && { hostSchoolId: read.hostSchoolId }),
          ...(changed(read.campusSchoolId, studio.campusSchoolId) && { campusSchoolId: read.campusSchoolId }),
        };
        return (await updateStudio({ input })).error;
      }}
    >
      {place.fields}
    </EditForm>
  );
}
