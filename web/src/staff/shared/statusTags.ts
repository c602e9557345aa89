/** The colours of status tags (StatusTag), by how far what they tag has come. */
export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
