// Stylesheets mean nothing to jsdom: every `import '….css'` resolves here in tests.
export default {};
