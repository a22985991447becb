module.exports = require('../../tools/testing/jest-preset').unit(__dirname);
