import type { ReactNode } from 'react';

/** A profile page's header: the Chinese name, its English rendering, then what the page adds (tags, facts). */
export function ProfileHeader({ name, nameEn, children }: { name: string; nameEn?: string | null; children: ReactNode }) {
  return (
    <header>
      <h1 lang="zh-CN">{name}</h1>
      {nameEn && (
        <p className="subtitle" lang="en">
          {nameEn}
        </p>
      )}
      {children}
    </header>
  );
}
