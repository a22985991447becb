// Unit tests of the end-to-end helpers.
module.exports = require('../../tools/testing/jest-preset').unit(__dirname);
