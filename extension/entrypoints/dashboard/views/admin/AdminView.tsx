/**
 * The administrators' page: units, groups, users and the audit log, one section at a time
 * behind a sub-navigation of links kept in the address (`?view=admin&section=users`), so each
 * section can be bookmarked and Back returns to the previous one.
 * @module
 */
import type { FunctionComponent } from 'preact';
import { useText } from '../../catalogue';
import type { ViewProps } from '../view-props';
import './admin.css';
import { AuditSection } from './AuditSection';
import { GroupsSection } from './GroupsSection';
import type { SectionProps } from './section-props';
import { UnitsSection } from './UnitsSection';
import { UsersSection } from './UsersSection';

const SECTIONS = {
  units: UnitsSection,
  groups: GroupsSection,
  users: UsersSection,
  audit: AuditSection,
} satisfies Record<string, FunctionComponent<SectionProps>>;
type SectionId = keyof typeof SECTIONS;
const ORDER = Object.keys(SECTIONS) as SectionId[];

export function sectionOf(params: Record<string, string>): SectionId {
  return ORDER.find((id) => id === params.section) ?? 'units';
}

export function AdminView({ request, announce, navigate, params }: ViewProps) {
  const t = useText();
  const current = sectionOf(params);
  const Section = SECTIONS[current];
  return (
    <div class="admin" data-testid="admin">
      <nav class="adm-tabs" aria-label={t('adm_sections')} data-testid="admin-sections">
        {ORDER.map((id) => (
          <a
            key={id}
            href={`?view=admin&section=${id}`}
            aria-current={id === current ? 'page' : undefined}
            data-section={id}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              navigate('admin', { section: id });
            }}
          >
            {t(`adm_section_${id}`)}
          </a>
        ))}
      </nav>
      <Section
        // A new address (Back, or a link to one user's log) starts the section afresh.
        key={JSON.stringify(params)}
        request={request}
        announce={announce}
        navigate={navigate}
        params={params}
      />
    </div>
  );
}
