/** Per-project last settings, clip thumbnails and other studio pieces that span several panes. */
export default {};
