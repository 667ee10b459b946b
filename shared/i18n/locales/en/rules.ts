/** The rules wording (English, the original every translation follows). */
export default {};
