{%- extends 'gradebook_base.tpl' -%}

{%- block head -%}
<script>
var assignment_id = "{{ assignment_id }}";
var notebook_id = "{{ notebook_id }}";
</script>

<script src="{{ base_url }}/cmcert-formgrader/static/js/gradebook_notebook_submissions.js"></script>
{%- endblock head -%}

{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li><a href="{{ base_url }}/formgrader/gradebook">Correction manuelle</a></li>
  <li><a href="{{ base_url }}/formgrader/gradebook/{{ assignment_id }}">{{ assignment_id }}</a></li>
  <li class="active">{{ notebook_id }}</li>
</ol>
{%- endblock -%}

{%- block messages -%}
<button id="toggle_names" onclick="toggleAllNames()">Afficher tous les noms</button>
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th></th>
  <th>Copie</th>
  <th class="text-center">Note globale</th>
  <th class="text-center">Note code</th>
  <th class="text-center">Note rédaction</th>
  <th class="text-center">Note tâche</th>
  <th class="text-center">À corriger à la main ?</th>
  <th class="text-center">Tests en échec ?</th>
  <th class="text-center">Signalée ?</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td colspan="8">Chargement, veuillez patienter…</td></tr>
{%- endblock -%}
