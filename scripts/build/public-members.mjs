/**
 * Which members of a class in the custom elements manifest a page may use. The analyzer marks a
 * member `privacy: 'public'` when lit's `static properties` declares it, and leaves `privacy` out
 * for a plain public member: both are public.
 */
export const isPublicMember = (member) => (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('_');
