// Plasmo's ambient types: process.env.PLASMO_* and its import schemes (url:, data-text:, …).
/// <reference types="plasmo/templates/plasmo" />
