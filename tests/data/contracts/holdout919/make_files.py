"""holdout919 — builds the ten blind held-out draft contracts and their .json labels, and asserts the brief's checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from their sources as they are; .docx / .pdf through ../word_pdf.py (PDF paragraphs broken at
  word boundaries, wrap_words=True, as in holdout15-19).
- Every built file is read back (.docx: paragraphs plus table rows; .pdf: pypdf text; .txt/.md: the file text) and its
  length is asserted: Chinese 2,750-3,000 characters without whitespace, English 1,450-1,650 words.
- No threshold figure may appear in any read-back text (raw, whitespace-collapsed, whitespace-free); the regex scan is
  self-tested first on must-hit and must-miss strings. No label value may equal a policy threshold.
- Each draft's rules are derived from its labels with this folder's reading of policy section 3 and compared with the
  design list; all 20 CR rules must fire at least once over the ten drafts.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """
T:市红十字会应急救护培训管理平台采购合同
P:合同编号：HSH-ZC-2026-118
P:采购人（甲方）：某市红十字会
P:供应商（乙方）：某信息技术有限公司
P:采购方式：公开招标（政府采购）。本合同依据招标文件、乙方投标文件及中标通知书订立，上述文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供应急救护培训管理平台软件许可（永久使用，不限用户数），并根据甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：培训班报名与排课、救护员证书在线核验、师资库管理、考核题库及在线考试、急救包与教学器材台账、与省红十字会业务系统的数据接口、统计分析驾驶舱。
P:1.3 平台部署在甲方指定的政务云资源上，乙方负责安装、配置、历史培训数据初始化和联调，并对甲方管理员和各区培训站点联络员进行操作培训。历史数据包括近五年的培训班记录和救护员证书信息，由甲方提供原始表格，乙方负责清洗、校验和导入。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），其中：平台软件许可费636,000元；定制开发费548,000元；部署实施费126,000元；培训费58,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件授权及乙方履约所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交合法有效的发票，甲方在十五个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款按照财政国库集中支付程序办理，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成定制开发并部署上线，150日内具备最终验收条件。
P:4.2 乙方应在每月5日前向甲方提交书面进度报告，说明已完成工作、存在问题及解决计划；项目经理未经甲方同意不得更换。
P:4.3 乙方应组建不少于六人的项目团队，其中驻场人员不少于两人，驻场期间遵守甲方的办公及信息安全管理制度。需求调研完成后，乙方应提交需求规格说明书，经甲方书面确认后作为开发和验收的依据。
P:4.4 培训分两期进行：第一期面向甲方管理员，不少于三天；第二期面向各区培训站点联络员和师资，不少于两天。乙方应提供培训教材、操作视频和考核题目，培训后由甲方组织考核。
H:第五条 验收
P:5.1 初验标准：合同清单所列功能全部实现；接口与省级系统对接成功，连续七日数据交换无差错；500名用户并发时页面响应时间不超过3秒；通过甲方组织的安全漏洞扫描，无高危漏洞。
P:5.2 最终验收标准：平台试运行满60日，期间未出现一级故障；完成等级保护测评中发现问题的整改；乙方提交源代码、数据库设计说明、操作手册和运维手册。
P:5.3 验收由甲方组织，可邀请相关专家参加，验收结果以双方签署的验收报告为准。平台上线、甲方使用或付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.5%。计划内维护不计入不可用时间，但应提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级：一级故障指平台无法访问或在线考试无法进行；二级故障指部分功能不可用；三级故障指其他一般问题。乙方对一级故障应在1小时内响应、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个版本中修复。
P:6.3 乙方提供7×24小时服务热线，并在每季度结束后十个工作日内向甲方提交运行报告，列明可用率、故障次数及处理情况。
P:6.4 乙方应指定一名熟悉红十字会应急救护培训业务的客户经理，负责需求沟通和问题协调；甲方重大培训活动和考试期间，乙方应安排技术人员现场值守。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每半年一次的现场巡检。
P:7.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即57,240元/年），该价格在质保期满后三年内保持不变。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属培训站点。
P:8.2 定制开发成果（包括源代码、接口程序、数据库脚本和相关文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证所提供的软件及定制成果不侵犯任何第三方的合法权利，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台内的学员信息、证书信息、培训记录等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应按照网络安全等级保护第三级的要求落实安全措施：访问权限最小化，运维操作经堡垒机进行并留存日志，个人信息加密存储，不得将任何数据复制至甲方网络以外。
P:9.3 发生数据泄露或其他安全事件时，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿，监管部门的处罚由乙方承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、学员个人信息和系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除，乙方应要求其参与本项目的人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方交付的软件或服务不符合合同约定的，应在甲方要求的期限内免费修改、补充或更换。
P:11.2 乙方未按第四条约定的期限交付的，甲方可书面催告；乙方违约给甲方造成损失的，应赔偿甲方因此遭受的实际损失。
H:第十二条 分包与转包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项中未履行部分对应的金额。
P:13.2 乙方经催告后三十日内仍未交付的，甲方有权解除合同。
P:13.3 合同解除后，乙方应在十日内向甲方移交已完成的开发成果、全部数据及文档，并按甲方要求删除其留存的数据副本，出具书面删除确认。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延长履行期限；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同附件包括：附件一 功能需求清单；附件二 分项报价表；附件三 服务承诺书；附件四 项目实施计划。附件与本合同正文不一致的，以正文为准。
P:16.3 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
P:授权代表：                  授权代表：
P:日期：                      日期：
"""
Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：ZJ-JG-2026-037
P:甲方（买方）：某纸业有限公司（纸巾厂）
P:乙方（卖方）：某自动化工程有限公司
P:甲方为提升三条卫生纸及面巾纸生产线（复卷机、折叠机、包装机）的自动化水平，委托乙方对生产线控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 工作范围
P:1.1 乙方负责供货、安装及调试以下内容：更换三条生产线的PLC控制柜及I/O模块，更换复卷机和折叠机的伺服驱动及电机，新增操作触摸屏，部署MES数据采集软件，并建设车间工业以太网。
P:1.2 乙方负责编写并调试PLC控制程序和触摸屏画面，实现张力闭环控制、断纸自动停机、卷径自动计算、配方管理和产量统计，并将设备数据接入MES数据采集软件。
P:1.3 改造应利用甲方计划停机时间分线实施，每条生产线的停机时间不超过五天，不得影响其他生产线的正常生产。改造期间旧控制柜由乙方拆除后交甲方仓库保管，旧设备的处置权归甲方。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰捌拾贰万元整（¥2,820,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|3套|1,126,000
TB:2|伺服驱动及电机|42套|684,000
TB:3|HMI操作触摸屏|9台|138,000
TB:4|MES数据采集软件许可|1套|296,000
TB:5|工业以太网交换机及光纤|1批|96,000
TB:|设备及软件小计||2,340,000
TB:6|安装及调试|1项|268,000
TB:7|PLC程序及画面编写|1项|172,000
TB:8|操作及维护培训|1项|40,000
TB:|合同总价||2,820,000
P:2.2 上述价格包含设备、软件、运输、保险、安装材料、税费及技术服务等全部费用，合同履行期间不因原材料价格、汇率或人工成本变化而调整。
P:2.3 乙方提供的设备应为原厂全新产品，品牌和型号以附件一为准；需变更的，须事先取得甲方书面同意，且性能不得低于原型号。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货安装不代表甲方对质量的验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 余款5%作为质量保证金，质保期满且无未决质量问题后十个工作日内支付。
P:3.5 乙方应在每次付款前开具等额的增值税专用发票，甲方收到发票后付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后60日内将全部设备运抵甲方工厂，并在到货后75日内完成三条生产线的改造和调试。
P:4.2 乙方应提交详细的停机切换方案，经甲方生产部书面确认后方可实施。切换方案应包括旧设备拆除、新控制柜安装、接线校验、单机调试、联动调试和回退措施。
P:4.3 乙方进入甲方厂区施工，应遵守甲方的安全生产、消防和防尘管理制度，动火、登高和带电作业须事先办理作业许可。乙方人员造成的人身伤害和财产损失由乙方负责。
P:4.4 乙方应在最终验收前向甲方移交电气原理图、接线图、设备清单、程序备份、参数表、操作手册和维护手册各两套（纸质及电子版）。
H:第五条 培训
P:乙方应为甲方电工和操作工提供不少于五天的现场培训，内容包括系统原理、日常操作、常见故障判断、程序备份与恢复、备件更换。培训结束后乙方应组织考核，确保甲方人员能够独立完成日常维护。
H:第六条 验收
P:6.1 每条生产线改造完成后连续运行72小时，满足以下标准方可通过验收：复卷机最高稳定车速不低于改造前的1.2倍；断纸自动停机动作可靠；张力波动在设定值的±3%以内；产量数据与人工计数误差不超过千分之五；MES软件能实时采集设备状态和产量。
P:6.2 三条生产线均通过单线验收，且试生产满30日未出现一级故障的，由甲方组织最终验收并签署验收报告。
P:6.3 验收不合格的，乙方应在十日内整改并重新组织验收，所需费用由乙方承担；第二次验收仍不合格的，甲方有权退货并解除合同。
P:6.4 到货签收、安装完毕或甲方投入试生产，均不视为验收合格。
H:第七条 质保与维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换出现故障的设备和部件，并免费提供软件升级。
P:7.2 故障响应：一级故障（整条生产线停机）乙方应在30分钟内响应，6小时内到达现场；二级故障（单台设备部分功能异常）2小时内响应，24小时内到达现场。乙方每迟延响应或到场一小时，向甲方支付1,500元。
P:7.3 质保期内乙方应每季度进行一次现场巡检，检查控制柜温度、接线紧固、伺服报警记录和程序备份情况，并出具巡检报告。乙方应在甲方工厂常备易损件，保证一般备件在24小时内到位。
P:7.4 质保期满后，甲方委托乙方提供维保服务的，年度维保费为设备及软件小计的32%，即每年748,800元，该费用在质保期满后四年内固定不变。维保内容包括备件更换、定期巡检、程序优化和现场技术支持。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC控制程序、触摸屏画面及数据接口的知识产权归甲方所有，乙方应交付全部源程序和注释，甲方可自行修改和使用。
P:8.2 MES数据采集软件及第三方设备内置软件的知识产权归其权利人所有，甲方享有永久使用权。
H:第九条 数据安全与保密
P:9.1 生产数据、配方参数和工艺资料均归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN接入并全程录屏；乙方不得在控制网络中安装与本项目无关的软件，不得将数据拷贝带离现场。
P:9.3 因乙方原因造成数据泄露、控制系统被攻击或生产中断的，乙方应在1小时内报告甲方，并赔偿甲方全部损失。
P:9.4 乙方应在项目结束时交回全部门禁卡和远程账号，甲方将及时注销。
P:9.5 双方对在履约中知悉的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 因乙方原因造成生产线计划外停机的，乙方应赔偿甲方的实际损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方可将电气安装及布线工作分包给具备相应资质的单位，但应在分包前提前五日书面告知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力影响持续超过六十日的，双方可协商解除合同，已完成部分据实结算。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件包括：附件一 设备清单及技术参数；附件二 改造实施方案；附件三 验收测试记录表。附件是本合同不可分割的组成部分。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：              乙方（盖章）：
"""
Z03 = """洞穴探险体验门店预约及会员系统服务合同

合同编号：DX-IT-2026-052
甲方：某文旅发展有限公司（洞穴探险体验连锁品牌，下称“甲方”）
乙方：某云科技有限公司（下称“乙方”）

甲方在全国经营40家洞穴探险体验门店，为统一门店预约、场次排期、会员及储值管理，向乙方订购预约及会员管理系统（SaaS）并委托乙方实施。双方订立本合同如下。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方40家门店提供线上预约、场次与向导排班、装备租借登记、安全须知电子签署、会员积分与储值、营销券、门店收银对账及经营报表等功能。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度自起算日起至次年对应日的前一日止。
（二）实施服务
1. 乙方负责系统配置、40家门店上线、与甲方微信小程序及支付渠道对接、门店人员培训。
2. 乙方负责将甲方现有会员系统中的会员档案、积分和储值余额迁移至新系统。
3. 乙方应为每家门店店长和前台人员提供线上培训，并在总部组织两次集中培训，提供操作手册和培训视频。
（三）运营支持
1. 乙方为甲方指定一名客户成功经理，每月与甲方召开一次服务例会，通报系统运行情况、故障处理和功能优化进展。
2. 服务期内乙方免费提供标准功能的版本升级；对甲方提出的新增需求，双方另行评估工作量并签订补充协议。
3. 节假日及暑期等客流高峰前，乙方应完成扩容评估和压力测试，并向甲方提交书面报告。

二、费用及支付
（一）订阅费：每家门店每个服务年度9,600元，40家门店每个服务年度共计384,000元，两个服务年度合计768,000元。
（二）实施费156,000元；数据迁移费48,000元。
（三）合同总价为972,000元（含税）。
（四）支付方式：
1. 实施费和数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次收款前开具合法有效的增值税专用发票。
（五）服务期内订阅费单价保持不变。甲方在服务期内新开门店需要开通系统的，按每店每服务年度9,600元的标准，以实际开通月份按月折算，另行签订补充协议；甲方关闭门店的，可在下一个服务年度相应减少门店数量。

三、上线与验收
（一）乙方应在合同签订后45日内完成全部40家门店的上线。门店分三批上线，每批上线前乙方应完成门店数据配置和人员培训，并在每批上线后的前三个营业日安排专人远程值守。
（二）上线验收标准：
1. 40家门店均能通过小程序完成预约、签署安全须知、核销入场；
2. 会员档案、积分和储值余额迁移后，按门店逐一核对，差异为零；
3. 高峰时段（每秒200笔预约请求）页面响应时间不超过2秒；
4. 收银对账报表与支付渠道流水连续十日核对一致。
（三）甲方在乙方提交上线验收申请后七个工作日内组织验收，并签署验收报告。系统上线试用或甲方付款不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金800元。

四、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在凌晨一点至五点之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、核销或收银）：乙方在6小时内响应，12小时内恢复；
2. 二级故障（单个门店或部分功能异常）：乙方在8小时内响应，两个工作日内解决；
3. 三级故障（一般咨询和优化建议）：乙方在两个工作日内答复。
（三）乙方提供7×24小时在线客服和电话支持，门店人员可通过系统内工单提交问题，乙方应每月提供工单处理统计。
（四）月度可用率每低于承诺值0.01个百分点，或一级故障超过恢复时限，乙方按当月订阅费的5%向甲方抵扣服务费，单月抵扣以当月订阅费为限。

五、数据归属与数据安全
（一）甲方的会员信息、预约记录、交易数据和经营数据均归甲方所有，乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将甲方数据存储在中国境内的数据中心，对会员手机号、身份证号等个人信息加密存储，实行访问权限最小化和操作日志留存，每年进行一次第三方安全测评。
（三）会员储值资金由甲方通过其自有支付账户收取，乙方系统只记录储值余额，不经手、不归集任何资金。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，配合甲方处置并向监管部门报告；因乙方原因造成的损失由乙方承担。
（五）服务期满或合同解除后，乙方应在30日内向甲方完整返还数据，并在甲方确认后删除全部副本。

六、保密
双方对在合作中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效三年。

七、知识产权
（一）乙方云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板、接口程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其提供的服务不侵犯任何第三方的知识产权，否则由乙方负责处理并赔偿甲方因此遭受的损失。

八、续期
服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一年，可连续续期。续期期间的订阅费由乙方按其届时公布的价格标准确定，乙方有权在续期时上调订阅费单价，上调后的价格自续期起执行。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十、甲方的义务
（一）甲方应指定项目负责人，及时提供门店信息、支付渠道参数、原会员系统数据及必要的配合。
（二）甲方应妥善保管管理员账号和密码，因甲方原因泄露账号造成的损失由甲方承担。
（三）甲方门店人员应按照乙方提供的操作手册规范使用系统。

十一、违约与解除
（一）任何一方严重违约，经对方书面催告后十五日内未改正的，守约方有权解除合同并要求违约方赔偿损失。
（二）乙方累计抵扣服务费达到三个月的，甲方有权解除合同，乙方应退还已付但未使用服务期对应的订阅费。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（四）合同到期不续期或提前解除的，乙方应在终止前提供不少于30日的过渡支持，按甲方要求导出全部数据（标准格式为CSV及数据库备份文件），并配合甲方或其指定的新服务商完成数据迁移，不得以任何理由拒绝或拖延。

十二、不可抗力
因不可抗力或基础电信运营商大范围故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，该期间不计入不可用时间；但乙方应在故障消除后尽快恢复服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。

十四、其他
（一）本合同附件包括：附件一 服务功能清单；附件二 门店清单；附件三 实施计划；附件四 服务水平及抵扣计算表。附件与正文不一致的，以正文为准。
（二）本合同的任何变更须经双方书面确认。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""
Z04 = """市卫生健康委员会公共场所除颤仪布点管理系统年度运维服务合同

项目编号：WJW-CS-2026-009
采购方式：竞争性磋商
采购人（甲方）：某市卫生健康委员会
供应商（乙方）：某数字科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担公共场所除颤仪（AED）布点管理系统的年度运行维护服务。双方订立本合同。

第一条 服务范围
（一）系统运维：对AED布点管理系统（含管理后台、公众查询小程序、设备物联网接入平台和急救志愿者调度模块）进行日常监控、故障处理、补丁更新、性能优化和数据备份。
（二）设备数据维护：维护全市公共场所已布设的1,860台AED的点位、状态和耗材有效期数据，核对物联网上报的自检结果，对电极片和电池到期、设备离线等情况及时向甲方和设备管理单位发出提醒。
（三）应急保障：在重大活动、节假日和马拉松等大型赛事期间安排专人值守。
（四）小规模优化：在年度服务内完成不超过80人日的功能优化，由甲方书面提出需求，乙方评估后报甲方确认，按确认的计划实施。
（五）安全运维：每月开展一次漏洞扫描和基线检查，高危漏洞在五个工作日内完成修复；配合甲方完成年度等级保护测评和网络安全检查，对检查发现的问题按期整改。
（六）数据备份：每日增量备份、每周全量备份，备份数据保存在甲方指定的政务云存储中；每季度进行一次恢复演练，演练记录报甲方备案。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。
服务期开始前十日内，乙方应与原运维单位完成交接，核对系统账号、服务器清单、数据库备份和未关闭的故障工单，形成交接清单报甲方确认。服务期满时，乙方应以同样方式向甲方或其指定的单位完成交接，交接期内继续保障系统正常运行。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括运维人员、工具、备份存储、差旅及税费等全部费用。
（二）服务费按季度支付，每季度121,500元。每季度结束后，甲方按第五条组织季度考核，考核合格后十五个工作日内支付当季服务费；考核扣减的金额从当季服务费中扣除。
（三）本合同不设预付款。

第四条 服务水平
（一）系统月度可用率不低于99.98%，计划维护应安排在夜间并提前两个工作日报甲方同意。
（二）故障分级和响应要求：
1. 一级故障（公众查询无法使用、志愿者调度中断或大面积设备数据丢失）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常、个别区域数据不同步）：1小时内响应，8小时内解决；
3. 三级故障（界面问题和使用咨询）：当日答复，三个工作日内解决。
（三）乙方驻场人员不少于两名，工作日在甲方指定地点办公；非工作时间提供电话值守，手机保持畅通。
（四）接到AED设备离线或状态异常告警后，乙方应在2小时内通知设备管理单位核实，并在系统中标注处理进度，直至设备恢复正常。
（五）乙方每月5日前提交上月运维报告，内容包括可用率、故障清单、设备离线及耗材到期统计、安全巡检结果。

第五条 考核与扣减
（一）甲方每季度依据附件的考核细则对乙方进行考核，考核得分90分及以上为合格。
（二）一级故障每超过响应或恢复时限一小时，扣减服务费2,000元；月度可用率低于承诺值的，每低0.01个百分点扣减1,000元。
（三）季度考核不合格的，甲方书面通知乙方整改；连续两个季度不合格的，甲方有权解除合同。
（四）服务期满前，甲方组织年度验收，验收标准为：四个季度考核均合格；系统全年未发生因乙方原因造成的数据丢失；运维文档、配置清单和账号清单完整移交。年度验收结果作为履约评价依据。

第六条 数据安全
（一）系统内的AED点位数据、设备状态数据、志愿者个人信息及呼救记录均属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按照网络安全等级保护第三级要求开展运维：运维操作通过甲方堡垒机进行，账号实名且权限最小化，个人信息脱敏展示，禁止将数据下载至个人设备。
（三）发生数据泄露、篡改或网络攻击事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的损失和责任由乙方承担。
（四）服务结束时，乙方应移交全部账号、配置和运维资料，并删除其持有的甲方数据，出具书面确认。

（五）乙方应制定数据安全应急预案，每半年组织一次应急演练，并根据演练结果修订预案。

第七条 保密
乙方及其人员对履约中接触的甲方工作信息、系统架构、口令和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第八条 知识产权
运维期间乙方为甲方编写的脚本、报表、功能优化代码及文档的知识产权归甲方所有，乙方应随月报一并提交源代码。乙方自有的运维工具仍归乙方所有，乙方许可甲方在服务期内免费使用，服务期满后由甲方自行决定是否继续采购。

第九条 人员要求
（一）乙方项目负责人应具有五年以上运维管理经验并持有相应的信息系统运维资格证书，驻场人员名单经甲方确认后不得随意更换；确需更换的，应提前十日书面申请，接替人员的能力不得低于原人员。
（二）乙方人员应遵守甲方的保密、考勤和安全管理制度，因乙方人员违规造成的损失由乙方承担。

第十条 违约责任
（一）乙方未按约定日期进场提供服务，或未在甲方书面通知的期限内完成整改的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因造成系统数据丢失或服务长时间中断的，乙方除按第五条扣减服务费外，还应赔偿甲方的实际损失。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
乙方严重违约或出现第五条第（三）项情形的，甲方可书面通知解除合同，乙方应在三十日内完成工作交接并退还未履行部分对应的费用。因不可抗力致使合同目的无法实现的，双方均可解除合同，已提供的服务按实际履行月份结算。

第十三条 甲方的义务
（一）甲方应为驻场人员提供必要的办公条件和网络环境，及时提供系统原有的技术文档和账号。
（二）甲方应协调设备管理单位和物联网服务商，配合乙方开展设备数据核对和故障排查。
（三）甲方应按约定支付服务费，并在季度结束后十个工作日内完成考核。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及考核细则均为本合同的组成部分。各文件内容不一致的，以本合同正文为准，其次为成交通知书、响应文件和磋商文件。
（二）本合同履行过程中的通知应以书面形式送达合同首页载明的地址，电子邮件经对方确认收到的视为书面通知。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
Z05 = """# 匠页工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 JYHT-2025 第1.8版）

合同编号：JY-2026-0417

甲方：某立体书工作室（有限合伙）

乙方：某匠页软件有限公司

鉴于甲方从事立体书（翻翻书、弹出式纸艺书）的设计与手工制作，需要对刀模、雕刻、折页、粘合、装订等工序进行跟踪管理；乙方拥有“匠页工序追踪系统”的全部权利。双方经协商一致，订立本合同。

## 第一条 定义

1. “标准软件”指乙方享有著作权的匠页工序追踪系统及其后续版本。
2. “定制开发”指乙方根据甲方需求在标准软件基础上开发的功能模块，包括：纸艺结构件BOM管理、刀模与雕刻版次管理、手工工位扫码报工、样书打样流程、次品返工追踪、外协装订厂进度看板。
3. “甲方数据”指甲方在使用软件过程中录入或产生的全部数据。
4. “工作日”指中国法定工作日的上午九时至下午六时。
5. “缺陷”指软件运行结果与《功能清单》描述不一致且可以稳定重现的情形；甲方个性化使用习惯、界面偏好及新增需求不属于缺陷。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（20个并发用户，永久） | 318,000 |
| 2 | 定制开发 | 224,000 |
| 3 | 部署、数据初始化及培训 | 38,000 |
| | 合计 | 580,000 |

合同总价为人民币伍拾捌万元整（含税）。除上表外，甲方超出20个并发用户的，按乙方报价另行购买。上述价格不含服务器、数据库、扫码及打印设备的费用，也不含第三方软件的授权费用。

## 第三条 付款

1. 本合同签订后五个工作日内，甲方支付合同总价的65%。乙方收到款项后开始需求调研。
2. 系统验收合格后五个工作日内，甲方支付合同总价的35%。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停开发和技术支持。

## 第四条 交付

1. 乙方在收到首期款后90日内完成定制开发并在甲方电脑上部署。交付内容为安装程序、用户手册和管理员手册（电子版）。
2. 甲方应及时提供需求资料和工序样本，因甲方原因造成延误的，交付期相应顺延。
3. 需求调研结束后形成的需求确认书经甲方签字后不再变更；甲方提出变更的，乙方另行报价。

4. 乙方为甲方提供一次现场培训，培训对象为甲方管理员和工位组长，共两天；甲方新增人员的培训另行收费。
5. 系统运行所需的服务器、扫码枪、标签打印机、网络及操作系统、数据库等软硬件由甲方自行采购并保证满足乙方提出的配置要求；因运行环境不符合要求造成的问题，不属于乙方责任。

## 第五条 验收

1. 乙方部署完成后书面通知甲方验收。验收标准为附件一《功能清单》，双方按清单逐项测试，全部功能可正常运行即为合格，并签署验收单。
2. 验收中发现的问题，乙方应在十五个工作日内修复后再次提交验收。
3. 甲方在验收时应安排熟悉工序的人员参加测试，并如实记录测试结果。

## 第六条 技术支持与维护

1. 自验收合格之日起六个月为免费维护期。免费维护期内，乙方在工作日通过电话、远程方式提供技术支持，修复软件缺陷。
2. 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。
3. 因甲方操作不当、擅自修改或第三方原因造成的问题，乙方可提供有偿服务。
4. 乙方接到甲方报告的问题后将尽快安排技术人员处理，必要时可通过远程桌面登录甲方服务器，甲方应予配合。
5. 乙方提供现场服务的，甲方承担乙方人员的差旅及食宿费用。

## 第七条 许可范围

1. 标准软件许可为永久许可，限于甲方在其注册地址的生产场所内部使用，并发用户不超过20个。
2. 甲方不得将软件出租、出借、转让或向关联方提供；甲方搬迁生产场所或变更服务器的，应提前通知乙方，由乙方重新授权，乙方可收取迁移服务费。
3. 免费维护期内乙方发布的标准软件补丁，甲方可免费获得；标准软件的大版本升级不包含在本合同内。

## 第八条 知识产权

1. 标准软件的著作权及其他知识产权归乙方所有。
2. 定制开发形成的程序、源代码、数据库结构及文档的知识产权归乙方所有。乙方授予甲方在本合同约定范围内非独占、不可转让的使用权，甲方不得对软件进行修改、反编译或许可第三方使用。
3. 乙方不向甲方交付源代码。

## 第九条 数据

1. 乙方对系统的访问进行权限控制，数据传输采用加密方式，并定期检查系统安全；因乙方过错导致甲方数据泄露的，乙方依照本合同第十一条承担责任，并在发现后及时通知甲方。
2. 甲方数据的所有权归甲方。乙方有权对甲方数据进行去标识化处理后，用于产品改进、行业分析及为其他客户提供参考模板，该等使用无需另行取得甲方同意。
3. 甲方数据存储于甲方自有服务器，乙方在远程维护过程中可能接触甲方数据，甲方应在远程维护前自行备份。

## 第十条 保密

双方对因本合同获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或有权机关要求的除外。保密期限为合同终止后两年。乙方可在其宣传材料和客户名单中使用甲方的名称及案例介绍。

## 第十一条 违约责任

1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
2. 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。
3. 甲方违反第七条、第八条约定的，应赔偿乙方的全部损失。

## 第十二条 合同解除

1. 任何一方严重违反本合同，经对方书面通知后三十日内未纠正的，守约方有权解除本合同。
2. 合同解除的，乙方已收取的首期款中对应已完成工作的部分不予退还，已完成工作的比例由乙方根据开发进度确定。
3. 合同解除后，甲方应停止使用定制开发模块，标准软件的使用以甲方已付款项为限。

## 第十三条 甲方的责任

1. 甲方应指定专人负责项目对接，及时确认需求、参加测试并提供工序样本和历史数据。
2. 甲方应自行做好数据的日常备份，乙方不对甲方未备份造成的数据丢失承担责任。
3. 甲方对其员工使用系统的行为负责，并应妥善保管管理员账号。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、政府行为等非乙方所能控制的原因导致合同不能履行的，乙方不承担责任，履行期限相应顺延。不可抗力持续超过九十日的，双方可协商解除合同。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、保全费及合理的律师费由败诉方承担。

## 第十六条 其他

1. 本合同为乙方标准文本，双方另有书面约定的除外。本合同的修改须以书面补充协议的形式作出。
2. 乙方的报价单、产品说明书及宣传资料仅供参考，不构成本合同的组成部分。
3. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
4. 本合同未尽事宜，由双方另行协商并签订补充协议。

附件一：功能清单（略）

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
E01 = """
T:Software Licence and Services Agreement
P:Agreement No. SPF-2026-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Lanhe Foods Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Buyer"), and Live Oak Asset Systems, Inc., a Florida corporation with its principal office at 2810 NW 13th Street, Gainesville, Florida 32609, United States (the "Vendor").
P:The Buyer operates four frozen-food plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the OakWorks CMMS software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the OakWorks CMMS server and mobile applications, version 9, in object code, together with updates and new releases provided under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, data-migration scripts and documentation that the Vendor creates specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP system and to the plant energy meters.
P:1.3 "Buyer Data" means all data entered into, generated by or processed through the Software by or for the Buyer, including asset registers, work orders, spare-part records, meter readings and personal data of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and unlimited read-only users, on servers located in the Buyer's data centre in Jiaxing, for the internal business of the Buyer and its affiliates in mainland China.
P:2.2 The Vendor shall install and configure the Software, build the interfaces listed in Annex 1, migrate the asset and maintenance history of the four plants, and train the Buyer's administrators, planners and technicians.
P:2.3 The Vendor shall provide the Chinese-language user interface and mobile application included in the standard Software at no extra charge.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,715,000, consisting of the licence fee of CNY 1,260,000, implementation services of CNY 410,000 and training of CNY 45,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:3.2 All amounts are stated and payable in Chinese yuan (CNY) to the Vendor's account with a bank in mainland China designated in the invoice.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software has been installed and the interfaces have passed integration testing. Installation and integration testing are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and make the Software ready for Final Acceptance within 120 days after signature.
P:5.2 The acceptance criteria are: (a) every function in the Annex 1 requirements list works as described; (b) the migrated asset register and the maintenance history reconcile with the source records for every plant; (c) the ERP interface exchanges spare-part and purchase data without error for ten consecutive working days; (d) the mobile application works offline in the cold-storage areas and synchronises when connected; and (e) the system runs in production for 30 days without a Severity 1 incident.
P:5.3 The Buyer shall carry out the acceptance tests with the Vendor and sign an acceptance certificate within 10 working days after all criteria are met. Use of the Software in production, payment or the passing of time is not acceptance.
P:5.4 If the Software fails the acceptance tests, the Vendor shall correct the defects at its own cost and repeat the tests. If it fails a second time, the Buyer may terminate this Agreement and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the Annex 1 requirements for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases and provide technical support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created at any plant. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other problem. The Vendor shall respond to a Severity 1 incident within 2 hours, at any time of day, and restore service within 8 hours; to a Severity 2 incident within 8 business hours; and to a Severity 3 incident within two business days.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Buyer a service credit of CNY 2,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support at 11% of the licence fee, that is CNY 138,600 per year. That fee is fixed for the first four years after the Warranty Period. Support renews only when the Buyer issues a purchase order for the following year.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties without restriction.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Buyer's systems only from the Buyer's premises or through the Buyer's VPN with multi-factor authentication, for each session approved in advance by the Buyer. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to Buyer Data, cooperate in the investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 These obligations continue for five years after this Agreement ends.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the Software ready for Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the Vendor's obligations have been performed.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination the Vendor shall return or delete all Buyer Data in its possession and certify the deletion in writing.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund amounts paid for work not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Florida, United States of America, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the American Arbitration Association under its Commercial Arbitration Rules. The seat of arbitration is Gainesville, Florida, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (requirements list and interface specifications) and Annex 2 (project plan), is the entire agreement between the parties on its subject matter.
P:15.2 Any amendment must be in writing and signed by both parties.
P:15.3 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# Order Form and General Terms — Learning Platform Subscription

**Order Form No.** CL-OF-2026-0381

**Provider:** Canopy Learning Cloud, LLC, 1920 SW 20th Place, Ocala, Florida 34471, United States, acting through its Shanghai branch for invoicing and local support

**Customer:** Hangzhou Meiyue Retail Chain Co., Ltd., Hangzhou, Zhejiang Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") under which Customer subscribes to Provider's online learning platform for its store staff. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscription Service

Provider shall provide the Canopy Learning Cloud platform (the "Service"), including course authoring, a mobile learning app, assessments, certificates, learning paths for new store staff, a manager dashboard and the standard reporting module, for up to 1,500 named users across Customer's stores, warehouses and head office.

### A2. Subscription Term

The Subscription Term is 24 months, made of two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under A5. The Agreement ends at the end of Subscription Year 2. Any further period requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | 1,500 named users × CNY 168 per user per year | 252,000 | 252,000 | 504,000 |
| Premium support | fixed per Subscription Year | 18,000 | 18,000 | 36,000 |
| Onboarding (one-time) | fixed price, see A5 | 64,000 | — | 64,000 |
| **Total Contract Value** | | **334,000** | **270,000** | **604,000** |

All fees include VAT. Fees per user are fixed for the Subscription Term. Additional users may be ordered at the same unit price, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance.

(b) The subscription and premium support fees for each Subscription Year are invoiced at the start of that Subscription Year.

(c) Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY to Provider's Shanghai branch account. No fee is payable before Onboarding Acceptance.

### A5. Onboarding

Provider shall, within 40 days after signature of this Order Form: configure the tenant; set up single sign-on with Customer's identity directory; import the user list, store hierarchy and existing course library (about 420 courses); build six learning paths for store roles; and train 25 Customer administrators. Onboarding Acceptance takes place when Customer confirms in writing that: (i) every imported course opens and tracks completion correctly; (ii) single sign-on works for all user groups; (iii) the dashboard figures for a pilot group of 200 users match Customer's test records; and (iv) the mobile app passes Customer's security scan with no high-risk finding. If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A6. Service Levels

(a) Availability. Provider shall make the Service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

(b) Support. Priority 1 (the Service is unavailable or users cannot log in): response within 1 hour, 24 hours a day, and a workaround or fix within 6 hours. Priority 2 (a major feature does not work): response within 3 business hours. Priority 3: response within two business days.

(c) Service credits. If monthly availability falls below the level in A6(a), Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to 50% of that monthly amount. Each hour by which Provider misses a Priority 1 response or fix time earns a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

**Signed for Customer:** ____________________ **Signed for Provider:** ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and materials that Customer or its users upload to or create in the Service, including employee names, job roles, learning records, assessment results and Customer's own courses.

1.2 "Customer Configurations" means the learning paths, course templates, certificate designs, reports and integration settings that Provider creates specifically for Customer.

1.3 "Documentation" means Provider's current user and administrator guides for the Service.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the Service during the Subscription Term for their internal business purposes.

2.2 Customer shall not resell the Service or attempt to reverse engineer it, and shall keep its login credentials secure.

2.3 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in A1 or the security measures in section 5.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service under this Agreement and on Customer's documented instructions, and shall not use it for any other purpose, including product development, benchmarking or training of models.

3.2 During the Subscription Term and for 60 days after it ends, Customer may export all Customer Data in standard formats. After that period Provider shall delete Customer Data from its systems and backups and confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and the Documentation.

4.2 Customer Configurations, and all intellectual property in them, belong to Customer. Customer may use, copy, modify and allow third parties to use them without restriction, including after the Agreement ends, and Provider shall export them on request.

### 5. Data Security

5.1 Provider shall host the Service and all Customer Data for Customer in data centres in mainland China operated under a valid MLPS level-3 record, and shall maintain an ISO 27001-certified security programme.

5.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log and review administrative access, and perform an annual penetration test whose summary it shares with Customer.

5.3 Provider shall notify Customer within 12 hours of becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, support Customer in any regulatory notification under the Personal Information Protection Law, and bear the costs and losses arising from incidents caused by its breach of this section.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.

6.2 This section survives for five years after the Agreement ends.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding services will be performed with professional skill and care.

7.2 If the Service does not conform, Provider shall correct it without charge. Customer's other rights under this Agreement are not affected.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses.

8.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for death or personal injury, fraud, or wilful misconduct.

### 9. Subcontracting and Assignment

9.1 Provider shall not subcontract the hosting, support or onboarding of the Service, or any processing of Customer Data, without Customer's prior written consent. Provider remains responsible for its approved subcontractors.

9.2 Neither party may assign this Agreement without the other party's prior written consent.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term stated in A2.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. Customer may also terminate if monthly availability falls below the level in A6(a) in any three months of a Subscription Year.

10.3 If Customer terminates under 10.2, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses on the Order Form, with a copy by email.

12.2 This Agreement is the entire agreement of the parties on its subject matter and replaces any online terms or click-through terms of Provider.

12.3 Amendments must be in writing and signed by both parties.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, except for payment obligations, provided it gives prompt notice and resumes performance as soon as possible. Time lost to such events does not count as unavailability only if Provider has followed its documented disaster-recovery plan.
"""
E03 = """
T:Supply Contract for Wireless Condition-Monitoring Sensors and Monitoring Software
P:Contract No. CHC-EQ-2026-0722
P:Buyer: Anhui Changheng Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Gulfshore Vibration Technologies, Inc., 7425 Commerce Court, Sarasota, Florida 34243, United States (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the kilns, mills, fans and conveyors of its two clinker lines, and the Supplier has offered its wireless sensors, gateways and monitoring software. This contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the Supplier's GulfWatch monitoring software, including its analytics, alarm and reporting modules, and all updates provided under this contract.
P:1.3 "Project Deliverables" means the machine models, alarm thresholds, dashboards, interface programs and documentation prepared specifically for the Buyer.
P:1.4 "Buyer Data" means all measurement data, machine information, alarm records and other data collected or generated by the Equipment and the Software at the Buyer's plant.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 420 wireless vibration and temperature sensors and 36 gateways on the rotating equipment of clinker lines 1 and 2, install the Software on servers provided by the Buyer, connect it to the plant distributed control system and the Buyer's maintenance system, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for all monitored assets at the Wuhu plant, with no limit on the number of users.
P:2.3 The Supplier shall deliver a site survey report and an installation plan, showing the mounting point of each sensor, within 20 days after signature. The Buyer's approval of the plan is required before installation begins.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,108,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated, with mounting kit|420|2,650|1,113,000
TB:2|Industrial gateway with LTE and Ethernet backhaul|36|8,400|302,400
TB:3|GulfWatch monitoring software, perpetual site licence|1|468,000|468,000
TB:|Equipment and Software subtotal|||1,883,400
TB:4|Installation, configuration and commissioning|1 lot|196,000|196,000
TB:5|Training of operators and maintenance engineers|1 lot|28,600|28,600
TB:|Contract Price (VAT included)|||2,108,000
P:3.2 The Contract Price is fixed and includes delivery DDP to the Buyer's plant, import duties, insurance, installation materials, taxes and all travel costs of the Supplier's staff.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 Installation payment: 55% of the Contract Price within 15 working days after the Buyer signs the Installation Certificate for both lines. The Installation Certificate records that the Equipment has been delivered and installed; it is not acceptance.
P:4.3 Final payment: 35% of the Contract Price within 15 working days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 45 days after delivery.
P:5.2 Installation on a running machine may only be carried out during stoppages agreed with the Buyer's production department. The Supplier's staff shall follow the Buyer's safety rules, including permits for work at height, hot work and confined spaces.
P:5.3 Title to the Equipment passes to the Buyer on delivery. Risk passes on signature of the Installation Certificate.
H:6. Acceptance
P:6.1 Final Acceptance tests take place after a trial run of 45 days. The acceptance criteria are: (a) every sensor reports data at the configured interval, with at least 98% of scheduled readings received over the trial run; (b) the vibration readings of ten reference points agree with the Buyer's calibrated portable analyser within ±5%; (c) the Software raises alarms for the test faults simulated during the acceptance test; (d) the interfaces to the distributed control system and the maintenance system work without error for the last ten days of the trial run; and (e) all documentation listed in clause 9.3 has been delivered.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within 10 working days after all criteria are met. If any criterion is not met, the Supplier shall remedy the failure at its own cost and the tests shall be repeated.
P:6.3 Delivery, installation, the trial run, operational use or any payment does not constitute acceptance.
H:7. Warranty and Post-Warranty Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, including batteries that fail before their rated life, and shall provide Software updates, upgrades and technical support at no cost.
P:7.2 Faults are classified as follows. Severity 1: the Software is down or more than 20 sensors of one line stop reporting. Severity 2: a gateway or an individual function fails. Severity 3: other faults and questions. The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote access and restore service within 8 hours; replacement parts shall arrive on site within 48 hours. Severity 2 faults shall receive a response within 2 hours and be resolved within two working days.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may set off against any payment due.
P:7.4 After the warranty period the Buyer may purchase annual support covering Software updates, remote diagnostics and spare sensors at a price not exceeding 8% of the Equipment and Software subtotal, that is CNY 150,672 per year. This price is fixed for three years after the warranty period. Support is ordered year by year by the Buyer and does not renew automatically.
H:8. Liquidated Damages and Liability
P:8.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:8.2 The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, property damage caused by negligence, wilful misconduct, infringement of third-party rights and breach of clauses 10 and 11, which are not limited.
H:9. Intellectual Property and Documentation
P:9.1 The intellectual property in the Software and the sensor firmware remains with the Supplier, subject to the licence in clause 2.2.
P:9.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them to third parties freely, and the Supplier shall deliver the source code of the interface programs.
P:9.3 The Supplier shall deliver, in Chinese and English: the as-built sensor location drawings, network diagrams, Software installation and configuration records, operation and maintenance manuals, and the training materials.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this contract and shall not use it for any other purpose, including the development of its products or the analysis of data across customers.
P:10.2 The Software shall be installed on the Buyer's servers and Buyer Data shall not leave the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, after approval of each session, and all sessions shall be logged.
P:10.3 The gateways shall use encrypted communication and the Supplier shall change all default passwords before commissioning. The Supplier shall report any security incident within 6 hours, cooperate in the response and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information of the other party received under this contract and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the contract.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the supply or services without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment or services not accepted.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five days, provide evidence and take reasonable measures to limit the effects. The time for performance is extended by the period of the event. If the event lasts longer than 60 days, either party may terminate the contract, and amounts paid for undelivered Equipment shall be refunded.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:16. Miscellaneous
P:16.1 This contract is executed in Chinese and English; both versions have equal force. Annex 1 (technical specifications) and Annex 2 (installation plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed End-User IT Services Agreement

**Agreement No.** BGT-MSA-2026-017

**Service Provider:** Bayfront Global Tech Services, Inc., 41 North Jefferson Street, Pensacola, Florida 32502, United States, performing through its subsidiary in Dongguan (the "Provider")

**Customer:** Dongguan Xinrui Precision Electronics Co., Ltd., Dongguan, Guangdong Province, People's Republic of China (the "Customer")

**Background.** The Customer runs three factories and a head office in Dongguan with about 2,600 computer users. It wishes to outsource its service desk, desktop support and device management to the Provider for 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Transition" means the work needed to take over the Services from the Customer's internal IT team, including knowledge transfer, set-up of the Provider's ticketing tools, and recruitment and induction of on-site staff.

1.3 "Service Commencement Date" means the date on which the Provider starts to deliver the Services in full, planned for 50 days after signature.

1.4 "Customer Data" means all data of the Customer or its employees that the Provider receives or accesses in performing the Services, including ticket records, device inventories, user account details and the content of end-user devices.

1.5 "Deliverables" means the knowledge articles, scripts, device images, runbooks and reports that the Provider prepares for the Customer under this Agreement.

## Section 2 Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties at charges to be agreed; there is no automatic renewal.

## Section 3 Transition

3.1 The Provider shall perform the Transition in accordance with the transition plan agreed at signature, under the supervision of a named transition manager.

3.2 The Transition shall be deemed complete, and the Services accepted by the Customer, on the Service Commencement Date, when the Provider's staff begin to handle tickets from the Customer's users.

3.3 If the Service Commencement Date is later than 50 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,500 for each day of delay.

## Section 4 Charges and Payment

4.1 The Customer shall pay the Transition Fee and the Monthly Service Charge set out in Schedule 3. The total value of this Agreement over the Service Term is CNY 3,214,000.

4.2 The Transition Fee is invoiced on the Service Commencement Date and paid within 30 days.

4.3 The Monthly Service Charge is invoiced monthly in arrears, with the service-level report for the month, and paid within 30 days of receipt of a correct invoice. Service credits under Schedule 2 are deducted from the invoice for the following month.

4.4 The charges are fixed for the Service Term. They cover up to 2,800 supported users; additional users are charged at the rate in Schedule 3.

## Section 5 Provider Obligations

5.1 The Provider shall perform the Services with the skill and care of a competent provider of managed IT services, using qualified staff who speak Mandarin, and shall comply with the Customer's site rules, including the clean-room and electrostatic-discharge rules of the factories.

5.2 The Provider shall keep a named service delivery manager on site during working hours and attend a monthly service review with the Customer.

5.3 The Provider shall not replace the service delivery manager or the team leads without the Customer's agreement, which shall not be withheld unreasonably.

5.4 The Customer shall give the Provider's staff access to its sites, provide desks, network connections and the administrator rights needed for the Services, and tell the Provider in advance of planned changes to its IT environment that may affect the Services.

5.5 The Provider shall propose at least two service improvements in each quarterly review and implement those that the Customer approves at no extra charge.

## Section 6 Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term the Provider shall return all Customer Data to the Customer in a usable format.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all information received from the other party that is marked confidential or is confidential by its nature, including the Customer's product designs, customer lists and production plans, and shall not disclose it to any third party without prior written consent.

7.2 The Provider shall ensure that each of its staff working on the Services signs a confidentiality undertaking before starting work.

7.3 This Section survives for five years after the Agreement ends.

## Section 8 Intellectual Property

8.1 The Provider keeps its pre-existing tools, methods and ticketing software.

8.2 The Deliverables belong to the Customer on creation. The Customer may use, modify and license them to third parties freely, during and after the Service Term, and the Provider shall hand them over in editable form at any time on request and at the end of the Service Term.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of production.

9.2 The Provider's total liability under this Agreement is limited to 150% of the total value stated in clause 4.1. This limit does not apply to death or personal injury, wilful misconduct or breach of Section 7.

## Section 10 Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor as for its own staff.

## Section 11 Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider fails the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the same rates, hand over all Deliverables and knowledge articles, and cooperate with any replacement provider.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that the parties cannot resolve through their service managers within 20 days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13 General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. If the main body and a Schedule conflict, the main body prevails.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, provided that it gives prompt notice and resumes performance as soon as possible.

**For the Customer:** ____________________ **For the Provider:** ____________________

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact by phone, chat and portal for incidents and requests; Mandarin and English | 24 hours a day, 7 days a week |
| Desktop support | On-site support for PCs, laptops, printers and shop-floor terminals in the three factories and head office | Monday to Saturday, 08:00–20:00; on call at other times |
| Device management | Imaging, patching, software distribution and asset tracking for all end-user devices | Continuous |
| Account administration | User creation, changes and removal in the directory and email system on the Customer's request | Within agreed request times |
| Moves, adds and changes | Set-up and relocation of equipment for new starters and office moves | Up to 120 per month included |
| Reporting | Monthly service report with ticket volumes, service-level results and improvement actions | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit for each miss |
|---|---|---|---|---|
| P1 | A production line, a whole site or more than 50 users cannot work | 15 minutes | 3 hours | CNY 3,000 |
| P2 | A department or a critical user cannot work | 30 minutes | 8 hours | CNY 1,000 |
| P3 | A single user has a problem with a workaround | 2 hours | 2 business days | CNY 200 |
| P4 | Service requests and questions | 1 business day | 5 business days | none |

Service credits in any month are limited to 20% of the Monthly Service Charge for that month. Service credits do not limit the Customer's other rights under this Agreement.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, invoiced on the Service Commencement Date | 118,000 |
| Monthly Service Charge | fixed, up to 2,800 supported users | 86,000 per month |
| Monthly Service Charge over the Service Term | 36 months × CNY 86,000 | 3,096,000 |
| Total value of the Agreement | Transition Fee + Monthly Service Charges | 3,214,000 |
| Additional users above 2,800 | per user per month | 31 |
"""
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HRC-DS-2026-0093

BETWEEN

Highlands Ridge Crop Data, LLC, 3620 US Highway 27 South, Sebring, Florida 33870, United States ("Provider")

AND

Guangzhou Huinong Agricultural Trading Co., Ltd., Tianhe District, Guangzhou, People's Republic of China ("Customer")

Customer imports citrus fruit and juice concentrate and wishes to use Provider's crop-weather, crop-condition and harvest-forecast data in its purchasing and risk systems. Provider agrees to supply that data through its application programming interface on the following terms.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in clause 2.1, as updated by Provider from time to time, in the formats described in the API documentation.

1.2 "API" means Provider's secure REST interface through which Customer retrieves the Licensed Data.

1.3 "Subscription Year" means each of the two consecutive periods of one year each, the first starting on the Integration Acceptance Date; together they form the "Subscription Period".

1.4 "Customer Data" means all data that Customer sends to the API or stores in Provider's systems, including its query parameters, portfolio and supplier locations, purchase volumes, user accounts and usage logs.

1.5 "Customer Outputs" means the reports, models, dashboards and decisions that Customer produces using the Licensed Data, and "Integration Work" means the connectors, data mappings and dashboards that Provider builds for Customer under clause 3.

2. SUBSCRIPTION

2.1 Provider shall make available to Customer through the API: (a) daily gridded weather observations and 15-day forecasts for the citrus regions of Florida, Brazil, Spain, South Africa and Egypt; (b) weekly crop-condition indices derived from satellite imagery; (c) monthly harvest and juice-yield forecasts by region and variety; and (d) the historical archive of those data sets from 2006 onwards.

2.2 Provider grants Customer a non-exclusive, non-transferable licence to access and use the Licensed Data during the Subscription Period for the internal business of Customer and its affiliates in mainland China and Hong Kong, for up to 60 named users and up to two million API calls per Subscription Year.

2.3 Customer may keep and continue to use Customer Outputs, and Licensed Data incorporated in them in aggregated form, after the Subscription Period. Customer shall not resell the Licensed Data in raw form.

3. INTEGRATION

3.1 Within 35 days after signature, Provider shall build the Integration Work: connectors from the API to Customer's data warehouse, mappings to Customer's supplier and orchard master data, and four dashboards specified in the annex.

3.2 Integration acceptance criteria: (a) all four data sets load into Customer's data warehouse on schedule for ten consecutive days; (b) a sample of 500 records per data set matches the values returned by the API; (c) the dashboards refresh within 5 minutes of each load; and (d) Customer's information security team finds no high-risk issue in the connectors. Customer shall confirm acceptance in writing within five working days after the criteria are met (the "Integration Acceptance Date"). Partial use of the data before that date is not acceptance.

3.3 If Provider fails to complete the Integration Work by the date in clause 3.1 for reasons attributable to it, Provider shall pay Customer CNY 900 for each day of delay until the Integration Acceptance Date.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for Subscription Year 1, CNY 690,000; subscription fee for Subscription Year 2, CNY 690,000; integration set-up fee, one-time, CNY 52,000. The total fees under this Agreement are CNY 1,432,000, including VAT.

4.2 The integration set-up fee is invoiced after the Integration Acceptance Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each correct invoice within 30 days.

4.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Provider shall warn Customer by email when 80% of the allowance has been used.

4.4 The fees are fixed for the Subscription Period and are not subject to any increase.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of the time in each calendar month, measured at Provider's gateway, excluding scheduled maintenance announced seven days in advance and limited to two hours per month.

5.2 Data-delivery times: daily data by 06:00 China Standard Time; weekly data by 09:00 each Monday; monthly forecasts by the fifth working day of each month.

5.3 Incident priorities: Priority 1, the API is unavailable or a data set is not delivered or contains corrupted values; Priority 2, degraded performance or a delay of less than one day; Priority 3, questions and minor issues. Provider shall respond to Priority 1 incidents within 1 hour at any time and restore service within 6 hours; Priority 2 within 3 business hours; Priority 3 within two business days.

5.4 Service credits: for each full 0.1 percentage point by which monthly availability falls short of clause 5.1, Customer receives a credit of 3% of the monthly equivalent of the current subscription fee; each Priority 1 incident not restored on time gives a further credit of CNY 1,500. Credits are deducted from the next invoice or, at the end of the Subscription Period, paid to Customer.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Integration Work to Customer and for no other purpose; in particular, Provider shall not combine Customer Data with other customers' data, use it to improve its forecasts, or create aggregated or anonymised data sets from it.

6.2 Provider shall keep Customer Data on servers in mainland China, encrypt it in transit and at rest, limit access to named support staff, keep access logs for at least one year, and apply the security measures described in its ISO 27001 certification.

6.3 Provider shall inform Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take immediate steps to contain the incident, and compensate Customer for the losses it causes. Provider shall cooperate with any notification required under the Personal Information Protection Law or the Data Security Law.

6.4 Within 30 days after the Subscription Period, Provider shall return Customer Data in CSV format and then delete it, and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the Licensed Data, the API and its forecasting models.

7.2 Customer owns the Customer Outputs and the Integration Work. Provider shall deliver the source code of the connectors and mappings, and Customer may use, modify and license the Integration Work to third parties without restriction.

7.3 Provider shall indemnify Customer against any third-party claim that the Licensed Data or the Integration Work infringes its rights.

8. WARRANTIES

8.1 Provider warrants that it has the right to license the Licensed Data, that the Licensed Data is compiled with professional care using the methods described in the API documentation, and that the API will perform in accordance with that documentation.

8.2 If Provider discovers an error in the Licensed Data, it shall correct the data set and notify Customer within one business day.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential losses, or for trading losses arising from Customer's commercial decisions.

9.2 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 4.1, except for wilful misconduct, infringement claims under clause 7.3 and breach of clause 6, which are not limited.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the operation of the API, the hosting of Customer Data or the Integration Work without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. TERM AND SUSPENSION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 This Agreement is entered into for the whole Subscription Period and Customer may not terminate it before the end of the second Subscription Year. Customer's remedies for any failure of Provider are the service credits under clause 5.4 and damages under clause 9.

11.3 Provider may suspend access to the API if any invoice remains unpaid 30 days after written reminder, and may terminate this Agreement if it remains unpaid 60 days after that reminder.

12. FORCE MAJEURE

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, outages of public networks or satellite data sources, or acts of government, provided it gives prompt notice and resumes performance as soon as possible. The fees for any period in which the API is wholly unavailable because of such an event are reduced pro rata.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, with a copy by email to each party's account manager.

14.2 This Agreement, with its annex (API documentation and dashboard specifications), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.3 This Agreement is signed in two originals in English, one for each party.

For Provider: ____________________          For Customer: ____________________
Name and title:                                Name and title:
Date:                                          Date:
"""

# ---------------------------------------------------------------- labels and design
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(T_KEYS, [avail, p1, remedy, ip, dsec, bod, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                             term, sub, law, kind]))


DRAFTS = {
    "h919z01": dict(
        name="h919z01_red_cross_first_aid_training_platform.pdf", fmt="pdf", src=Z01, lang="zh", category="software",
        terms=terms(99.5, 1, False, "buyer", True, True, True, None, None, 20, True, True, 24, 9, False, True, False,
                    "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1368000),
        fee_base=636000, forum_outside=False,
        design=["CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
    "h919z02": dict(
        name="h919z02_tissue_mill_line_control_retrofit.docx", fmt="docx", src=Z02, lang="zh", category="hardware",
        terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 32, False, True, True,
                    "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2820000),
        fee_base=2340000, forum_outside=False,
        design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h919z03": dict(
        name="h919z03_cave_adventure_booking_membership_saas.txt", fmt="txt", src=Z03, lang="zh", category="cloud",
        terms=terms(99.95, 6, True, "buyer", True, True, True, 800 / 972000 * 100, None, None, True, None, None, None,
                    True, True, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=972000),
        fee_base=None, forum_outside=False,
        design=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
    "h919z04": dict(
        name="h919z04_health_commission_aed_system_annual_om.txt", fmt="txt", src=Z04, lang="zh", category="services",
        terms=terms(99.98, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                    False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
        fee_base=None, forum_outside=False,
        design=[]),
    "h919z05": dict(
        name="h919z05_popup_book_studio_process_tracking_supplier_template.md", fmt="md", src=Z05, lang="zh",
        category="software",
        terms=terms(None, None, False, "supplier", True, False, True, 0.02, 20, 65, True, True, 6, None, False, True,
                    None, None, "goods_or_licence"),
        extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=False, contract_value=580000),
        fee_base=318000, forum_outside=False,
        design=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h919e01": dict(
        name="h919e01_cmms_perpetual_licence_gainesville_vendor.pdf", fmt="pdf", src=E01, lang="en",
        category="software",
        terms=terms(None, 2, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True, False,
                    "Florida", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1715000),
        fee_base=1260000, forum_outside=True,
        design=["CR-GOVERNING-LAW"]),
    "h919e02": dict(
        name="h919e02_learning_platform_saas_order_form_ocala_vendor.md", fmt="md", src=E02, lang="en",
        category="cloud",
        terms=terms(99.5, 1, True, "buyer", True, True, True, 500 / 604000 * 100, 6 / 24 * 100, None, True, None, None,
                    None, False, True, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=604000),
        fee_base=None, forum_outside=False,
        design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h919e03": dict(
        name="h919e03_cement_plant_condition_monitoring_sensors.docx", fmt="docx", src=E03, lang="en",
        category="hardware",
        terms=terms(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False,
                    "PRC", "goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2108000),
        fee_base=1883400, forum_outside=False,
        design=[]),
    "h919e04": dict(
        name="h919e04_managed_end_user_it_services_36_months.md", fmt="md", src=E04, lang="en", category="services",
        terms=terms(None, 0.25, True, "buyer", False, True, True, 2500 / 3214000 * 100, 150, None, False, None, None,
                    None, False, True, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=True, contract_value=3214000),
        fee_base=None, forum_outside=False,
        design=["CR-ACCEPTANCE", "CR-DATA-SECURITY"]),
    "h919e05": dict(
        name="h919e05_citrus_crop_data_api_subscription.txt", fmt="txt", src=E05, lang="en", category="cloud",
        terms=terms(99.95, 1, True, "buyer", True, True, False, 900 / 1432000 * 100, 200, None, True, None, None, None,
                    False, False, False, "PRC", "service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1432000),
        fee_base=None, forum_outside=False,
        design=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of the shipped pack, policy section 3)
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence / hardware subtotal; purchase + implementation = the contract value."""
    t = d["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["extra"]["contract_value"] + fees) * 100


def derive(d):
    """This folder's reading of policy section 3 and its section "Where rules apply, and how clauses are read"."""
    t, x = d["terms"], d["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated"
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if goods and share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
_PCT = r"\s*(?:%|％|per\s*cent|percent)"
_NB = r"(?<![\d.,])"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    _NB + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时|個小時)", r"(?<![\d.,])4-hour", r"(?<![十二])四个?小时",
    r"(?<!twenty-)(?<!twenty)(?<!twenty\s)four[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"(?<![\d.])0\.5\s*‰",
    _NB + r"100(?:\.0+)?" + _PCT, r"百分之百", r"百分之一百", r"one\s*hundred\s*per\s*cent",
    _NB + r"30(?:\.0+)?" + _PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    _NB + r"12\s*(?:months?|个月|個月|-month)", r"十二个月", r"十二個月", r"twelve[\s-]*months?",
    r"质保期?为?一年", r"一年质保", r"one[\s-]*year\s*warranty",
    _NB + r"15(?:\.0+)?" + _PCT, r"百分之十五", r"fifteen\s*per\s*cent",
    _NB + r"40(?:\.0+)?" + _PCT, r"百分之四十", r"forty\s*per\s*cent",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "四小时", "4 hours", "within 4 h", "four hours", "4-hour", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "质保期一年", "15%", "百分之十五", "15 percent", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["99.95%", "99.98%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.058%", "0.15%", "万分之八",
             "200%", "130%", "150%", "140%", "1.5%", "百分之三十五", "18个月", "120 months", "112 months", "20%", "3%",
             "45%", "35%", "CNY 2,100", "1.5 hours", "14 hours"]


def scan_selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), ("must hit", s)
        assert SCAN.search(re.sub(r"\s", "", s)), ("must hit, whitespace-free", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(d, rules):
    lab = {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"]}
    extra = dict(d["extra"])
    if d["terms"]["contract_kind"] != "goods_or_licence":
        assert "post_warranty_fee_capped" not in extra
    lab["expected_extra"] = extra
    lab["expected_rules"] = rules
    return lab


def check_values(key, d):
    t = d["terms"]
    bad = [(k, v) for k, v, th in [("availability_pct", t["availability_pct"], TH["availability"]),
                                   ("p1_response_hours", t["p1_response_hours"], TH["p1"]),
                                   ("ld_rate_per_day_pct", t["ld_rate_per_day_pct"], TH["ld"]),
                                   ("liability_cap_pct", t["liability_cap_pct"], TH["cap"]),
                                   ("prepayment_pct", t["prepayment_pct"], TH["prepay"]),
                                   ("warranty_months", t["warranty_months"], TH["warranty"]),
                                   ("post_warranty_fee_pct", t["post_warranty_fee_pct"], TH["pwf"])]
           if v is not None and abs(v - th) < 1e-9]
    assert not bad, (key, bad)
    share = tco_share(d)
    if share is not None:
        assert abs(share - TH["tco"]) > 2, (key, "TCO share within 2 points of the threshold", share)
    if t["contract_kind"] == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, key
        assert t["final_payment_on_acceptance"] is None, key  # every service draft here is paid per period
    assert list(t) == T_KEYS, key


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    office = {k: (d["name"], d["fmt"]) for k, d in DRAFTS.items() if d["fmt"] in ("docx", "pdf")}
    write({k: DRAFTS[k]["src"] for k in office}, office, OUT, wrap_words=True)
    for k, d in DRAFTS.items():
        if d["fmt"] in ("txt", "md"):
            (OUT / d["name"]).write_text(d["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", d["name"])
    fired = set()
    problems = []
    for k, d in DRAFTS.items():
        assert d["name"].startswith(k + "_"), k
        text = read_back(OUT / d["name"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s threshold figures: %s" % (k, sorted(set(hits))))
        check_values(k, d)
        rules = derive(d)
        if rules != sorted(d["design"]):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(d["design"])))
        fired |= set(rules)
        share = tco_share(d)
        print("%s %-4s %5d  risk %-6s TCO %s  %s" % (k, d["lang"], n, risk(rules),
                                                    "-" if share is None else "%.2f%%" % share, ", ".join(rules) or "(none)"))
        (OUT / (Path(d["name"]).stem + ".json")).write_text(
            json.dumps(label(d, rules), ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    # the mix of the brief
    n_rules = {k: len(derive(d)) for k, d in DRAFTS.items()}
    clean = [k for k, v in n_rules.items() if v == 0]
    if sorted(DRAFTS[k]["lang"] for k in clean) != ["en", "zh"]:
        problems.append("compliant drafts: %s" % clean)
    if derive(DRAFTS["h919e01"]) != ["CR-GOVERNING-LAW"] or risk(derive(DRAFTS["h919e01"])) != "low":
        problems.append("e01 must have CR-GOVERNING-LAW only")
    if not 8 <= n_rules["h919z05"] <= 10:
        problems.append("z05 has %d findings" % n_rules["h919z05"])
    mid = [k for k, v in n_rules.items() if 2 <= v <= 3]
    if len(mid) != 6 or "h919z05" in mid or "h919e01" in mid:
        problems.append("drafts with two or three findings: %s" % mid)
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
