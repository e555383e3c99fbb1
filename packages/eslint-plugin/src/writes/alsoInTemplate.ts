import type { TSESLint } from '@typescript-eslint/utils';

/** The part of vue-eslint-parser's services that walks a `.vue` file's `<template>`. */
interface TemplateServices {
  defineTemplateBodyVisitor(
    templateVisitor: TSESLint.RuleListener,
    scriptVisitor: TSESLint.RuleListener,
    options: { templateBodyTriggerSelector: 'Program' },
  ): TSESLint.RuleListener;
}

/**
 * `listeners`, which ESLint runs over the script, also run over the expressions of a Vue
 * template (`@click="localStorage.setItem('x', '1')"`): vue-eslint-parser keeps the template out
 * of the tree ESLint walks and hands it to visitors registered through its parser services.
 * Other parsers (Svelte, Astro) put template expressions in the main tree: `listeners` as they are.
 */
export function alsoInTemplate(sourceCode: Readonly<TSESLint.SourceCode>, listeners: TSESLint.RuleListener): TSESLint.RuleListener {
  const services = sourceCode.parserServices as Partial<TemplateServices> | undefined;
  if (typeof services?.defineTemplateBodyVisitor !== 'function') return listeners;
  // The template is walked when the script's `Program` is entered, so its writes are in before
  // any `Program:exit` hands the file's writes over (the default trigger is `Program:exit`).
  return services.defineTemplateBodyVisitor(listeners, { ...listeners }, { templateBodyTriggerSelector: 'Program' });
}
