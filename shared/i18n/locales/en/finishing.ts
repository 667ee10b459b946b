/** The finishing wording (English, the original every translation follows). */
export default {};
