// Every file of a new list repository, as (relative path, content) pairs: pure, so the command
// only checks the folder and writes.
import type { LawText } from './laws.js';
import { exampleMatter, listYaml, unitsYaml, type ListSettings } from './list-files.js';
import { readme } from './readme.js';
import {
  EDITORCONFIG, GITATTRIBUTES, GITIGNORE, githubWorkflow, gitlabCi, packageJson, vscodeExtensions, vscodeSettings,
} from './repo-files.js';

export interface RepoFile {
  /** Relative path with forward slashes. */
  path: string;
  content: string;
}

export function repositoryFiles(s: ListSettings, law: LawText, dutylistRange: string): RepoFile[] {
  const list = `lists/${s.slug}`;
  const example = exampleMatter(s);
  return [
    { path: `${list}/list.yaml`, content: listYaml(s) },
    { path: `${list}/matters/${example.id}.yaml`, content: example.text },
    { path: `${list}/adjustments/.gitkeep`, content: '' },
    { path: 'lists/units.yaml', content: unitsYaml(s) },
    { path: `lists/laws/${law.file}`, content: law.text },
    { path: '.github/workflows/dutylist.yml', content: githubWorkflow(s) },
    { path: '.gitlab-ci.yml', content: gitlabCi(s) },
    { path: '.vscode/settings.json', content: vscodeSettings() },
    { path: '.vscode/extensions.json', content: vscodeExtensions() },
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.editorconfig', content: EDITORCONFIG },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'package.json', content: packageJson(s, dutylistRange) },
    { path: 'README.md', content: readme(s, example.id) },
  ];
}
