import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

const fixture = (path: string): Buffer => readFileSync(join(MUNICIPAL_FIXTURES_DIR, path));

describe('municipal uploads over HTTP: a file the form or its encoding gets wrong', () => {
  let api: E2eApi;
  let editor: string;

  beforeAll(async () => {
    api = await startE2eApi({ env: { UPLOAD_MAX_MB: '1' } });
    editor = await api.createKey('editor');
  });
  afterAll(() => api.close());

  it('should name the mistake when the form has no file, two files, the file under another name or the file as text', async () => {
    const post = () => request(api.server).post('/api/v1/uploads/vacancy?lang=en').set(bearer(editor));
    const reasonOf = async (sent: request.Test) => {
      const { body } = await sent.expect(400);
      expect(body).toMatchObject({
        status: 400,
        code: 'INVALID_PARAMETER',
        'invalid-params': [{ name: 'file', reason: expect.any(String) }],
      });
      return body['invalid-params'][0].reason as string;
    };
    expect(await reasonOf(post().field('note', 'no file'))).toBe(
      'is missing: no file was sent (only the fields: note); send it as multipart/form-data in the field "file"',
    );
    expect(
      await reasonOf(
        post().attach('file', fixture('ok/vacancy-comma.csv'), 'a.csv').attach('file', fixture('ok/vacancy-comma.csv'), 'b.csv'),
      ),
    ).toBe('holds 2 files ("a.csv", "b.csv"); send one file per request');
    expect(await reasonOf(post().attach('upload', fixture('ok/vacancy-comma.csv'), 'a.csv'))).toBe(
      'is missing: the file "a.csv" is in the field "upload"; the field is called "file"',
    );
    expect(await reasonOf(post().field('file', 'leegstand.csv'))).toBe(
      'is text, not a file: the field "file" holds text instead of the file itself (curl: -F file=@path, with the @)',
    );
    expect(await reasonOf(post().set('Content-Type', 'text/csv').send('peildatum,bron\n'))).toMatch(
      /^is missing: the request is not multipart\/form-data \(Content-Type: text\/csv\)/,
    );
  });

  it('should say a UTF-16 file is UTF-16 and to save it as UTF-8, and a NUL byte where it is, when such a file is uploaded', async () => {
    const utf16 = await request(api.server)
      .post('/api/v1/uploads/vacancy?dryRun=true')
      .set(bearer(editor))
      .attach('file', fixture('not-ok/utf16.csv'), 'utf16.csv')
      .expect(422);
    expect(utf16.body.issues).toEqual([
      expect.objectContaining({ code: 'TEXT_UTF16', message: expect.stringContaining('Sla het op als UTF-8') }),
    ]);
    const nul = await request(api.server)
      .post('/api/v1/uploads/vacancy?dryRun=true&lang=en')
      .set(bearer(editor))
      .attach('file', fixture('not-ok/nul-byte.csv'), 'nul-byte.csv')
      .expect(422);
    expect(nul.body.issues).toEqual([
      expect.objectContaining({
        code: 'NOT_TEXT',
        row: 3,
        value: 'byte 220: 0x00',
        message: expect.stringContaining('byte 220 (line 3) is a NUL character'),
      }),
    ]);
  });

  it('should say which kind a file looks like when it is sent as the wrong kind', async () => {
    const wrong = await request(api.server)
      .post('/api/v1/uploads/vacancy?dryRun=true')
      .set(bearer(editor))
      .attach('file', fixture('ok/employment.csv'), 'employment.csv')
      .expect(422);
    expect(wrong.body.issues[0]).toMatchObject({
      code: 'WRONG_KIND',
      value: 'employment',
      message: expect.stringContaining('Dit lijkt een bestand van de soort employment'),
    });
  });
});
