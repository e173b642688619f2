interface Props {
  readonly title: string;
  readonly what: string;
}

/** A screen whose work is planned but not built yet: says so plainly rather than showing fake content. */
export function PlaceholderScreen({ title, what }: Props) {
  return (
    <section className="screen placeholder" aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      <p>{what}</p>
      <p className="muted">Not built yet: this screen arrives in a later release.</p>
    </section>
  );
}
