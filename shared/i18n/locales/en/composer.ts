/** The composer wording (English, the original every translation follows). */
export default {};
