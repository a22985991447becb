module.exports = require('../../tools/testing/jest-preset').integration(__dirname);
