/** A Chinese name, then its English rendering marked as English (so it hyphenates and wraps as English). */
export function Bilingual({ name, nameEn }: { name: string; nameEn?: string | null }) {
  return (
    <>
      <span lang="zh-CN">{name}</span>
      {nameEn && (
        <>
          {' · '}
          <span lang="en">{nameEn}</span>
        </>
      )}
    </>
  );
}
