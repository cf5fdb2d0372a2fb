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

/** A link to a record, named in both languages. */
export function BilingualLink({ href, name, nameEn }: { href: string; name: string; nameEn?: string | null }) {
  return (
    <a href={href}>
      <Bilingual name={name} nameEn={nameEn} />
    </a>
  );
}

/** A card's title: the Chinese name linking to the record, its English rendering underneath. */
export function CardTitle({ href, name, nameEn }: { href: string; name: string; nameEn?: string | null }) {
  return (
    <>
      <a className="card-title" href={href} lang="zh-CN">
        {name}
      </a>
      {nameEn && (
        <div className="subtitle" lang="en">
          {nameEn}
        </div>
      )}
    </>
  );
}
