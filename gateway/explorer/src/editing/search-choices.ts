// Records a form picks by typing part of a name (search-picker.tsx), never by number.
import { graphql } from '../gql/index.ts';

export const MastersByName = graphql(`
  query MastersByName($text: String!) {
    searchMasters(text: $text, first: 20) {
      id
      name
      nameEn
    }
  }
`);

export const EnterprisesByName = graphql(`
  query EnterprisesByName($text: String!) {
    searchEnterprises(text: $text, first: 20) {
      id
      name
      nameEn
    }
  }
`);
