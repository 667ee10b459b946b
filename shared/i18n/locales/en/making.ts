/** The making wording (English, the original every translation follows). */
export default {};
