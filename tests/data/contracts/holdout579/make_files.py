"""holdout579: ten blind, ordinary draft contracts (five Chinese, five English) and their labels.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. It writes the ten contract files (.txt/.md
directly, .docx/.pdf through ../word_pdf.py with wrap_words=True) and the ten .json labels, then checks:
- each draft's expected rules, derived from its labels by this file's own reading of policy.md §3, equal the design list;
- all 20 CR rules fire somewhere in the set, and the required mix holds;
- no label sits on a threshold and no TCO service share is within 2 points of 40 %;
- no threshold figure appears in any source or built file (raw, whitespace-collapsed, whitespace-free), with the
  regexes self-tested on must-hit and must-miss strings;
- the lengths as read back (Chinese 2,750-3,000 characters, English 1,450-1,650 words).
No project code is imported.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- contract sources (markup for .docx/.pdf, file text for .txt/.md) ----
Z01 = """T:临江市生态环境局排污许可监管平台建设项目政府采购合同
P:合同编号：LJSTHJ-ZFCG-2026-017　　采购计划编号：临财采计〔2026〕0412号
P:甲方（采购人）：临江市生态环境局　　地址：临江市滨江大道188号
P:乙方（供应商）：江苏清源环境信息技术有限公司　　地址：南京市建邺区江东中路311号
P:根据临江市公共资源交易中心公开招标（项目编号LJGZ-2026-0133）的结果，依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，甲乙双方经协商一致，就排污许可监管平台软件许可及定制开发事项签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供"清源排污许可监管平台"V5.0 永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：排污许可证后管理模块、企业自行监测及在线监测数据对接、执行报告智能审核、移动执法终端。
P:1.2 乙方负责历史许可证数据及监测数据迁移、与省级排污许可管理信息平台和市一网通办平台的接口开发、系统部署、实施及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾肆万元整（¥2,340,000），含税，为固定总价。分项如下：
P:平台软件永久许可费 ¥1,180,000；定制开发费 ¥860,000；数据迁移及接口开发费 ¥214,000；实施及培训费 ¥86,000。
P:2.2 合同总价已包含质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥468,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥1,053,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥819,000。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与期限
P:4.1 乙方应在合同生效后九十日内完成部署和定制开发，并提交初步验收申请；初验后试运行六十日。
P:4.2 乙方应提交需求规格说明书、设计文档、源代码、部署手册、用户手册和测试报告。
P:4.3 乙方应为甲方及各区县分局业务人员提供不少于三期集中培训，并为系统管理员提供专项运维培训，培训教材由乙方编制。
H:第五条 验收
P:5.1 初步验收标准：全部功能点按需求规格说明书逐项测试通过；历史许可证数据迁移完整，抽样核对差错率为零；与省级平台数据交换连续七日无失败；在300个并发用户下页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；取得第三方软件测评机构出具的安全测评报告且高危漏洞全部整改；系统通过等级保护二级测评。
P:5.3 验收由甲方组织，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新验收。
P:5.4 验收时乙方应提交全部源代码及编译说明，甲方有权委托第三方对源代码进行编译验证，编译结果应与部署版本一致。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及每季度一次的现场巡检。
P:6.2 质保期内乙方应配合甲方完成排污许可相关政策调整引起的功能适配，单项工作量不超过二十人天的不另收费。
P:6.3 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件永久许可费的10%，即每年不超过¥118,000，且质保期满后三个维护年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，且须提前三日告知甲方）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 月度可用率每低于承诺值0.05个百分点，扣减当期维护费用或质保金¥2,000；一级故障响应或恢复每超时1小时，乙方向甲方支付¥1,000。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久使用许可。
P:8.2 本合同项下定制开发成果，包括定制模块、接口程序、源代码及全部文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的全部数据（包括排污单位信息、许可证、监测数据和执法记录）归甲方所有。乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，仅通过甲方审批的堡垒机访问系统，不得将数据拷贝出政务云。
P:9.3 乙方应配合甲方完成网络安全等级保护测评、商用密码应用安全性评估及上级部门的安全检查，并按要求整改。
P:9.4 发生数据泄露或安全事件的，乙方应在2小时内报告甲方，并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:乙方对履行本合同知悉的甲方工作秘密、执法信息和企业商业秘密负有保密义务，合同终止后仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的软件存在质量缺陷、经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包与转包
P:乙方不得分包或转包本合同任何部分。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 适用法律和争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条 其他
P:招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议。
P:乙方在本合同履行期间应保持项目团队稳定，项目经理变更须经甲方书面同意。乙方应按月向甲方报送项目进度报告。
P:本合同一式六份，甲乙双方各执两份，政府采购监管部门及代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市生态环境局　　　　乙方（盖章）：江苏清源环境信息技术有限公司
P:授权代表：__________　　　　授权代表：__________　　日期：2026年3月__日
"""

Z02 = """T:转炉基础自动化控制系统改造及维保合同
P:合同编号：HGGT-ZB-2026-0318
P:甲方：华钢特钢（鄂州）有限公司
P:乙方：武汉恒拓工控技术有限公司
P:鉴于甲方炼钢厂2号转炉基础自动化控制系统（一级系统）设备老化、备件停产，甲方经邀请招标确定乙方为改造实施单位，双方就控制系统改造、软件许可及后续维保事宜订立本合同。
H:1. 项目范围
P:1.1 乙方负责2号转炉本体、氧枪、副枪、底吹、投料及汽化冷却系统一级控制系统的整体改造，包括控制器、远程I/O、操作站、服务器、工业网络及相关软件的供货、组态编程、安装调试和投运。
P:1.2 改造须在甲方安排的年度检修窗口内完成切换，切换停炉时间不超过七十二小时。
H:2. 合同价格
P:2.1 合同总价为人民币叁佰零肆万元整（¥3,040,000），含税。价格明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|冗余控制器及远程I/O站|1套|1,186,000
TB:2|操作员站、工程师站及服务器|9台|412,000
TB:3|工业以太网交换机及光纤环网|1套|296,000
TB:4|控制系统软件及组态软件许可|1套|584,000
TB:5|HMI画面及历史数据库软件许可|1套|258,000
TB:|软硬件小计||2,736,000
TB:6|组态编程、安装调试及投运|1项|268,000
TB:7|操作及维护培训|1项|36,000
TB:|合同总价||3,040,000
P:2.2 软硬件小计（¥2,736,000）为质保期满后维保费用的计算基数。
H:3. 付款
P:3.1 合同签订后十五日内，甲方凭乙方发票支付合同总价的20%，即¥608,000。
P:3.2 全部设备到货并经开箱检验合格后，支付合同总价的45%，即¥1,368,000。
P:3.3 系统通过最终验收后，支付合同总价的35%，即¥1,064,000。
H:4. 交货与工期
P:4.1 乙方应在合同签订后七十五日内将全部设备运至甲方炼钢厂指定地点，并在检修窗口开始前完成离线组态和工厂测试（FAT）。
P:4.2 乙方应提交设备清单、控制逻辑说明、I/O清单、组态程序备份、图纸及操作维护手册。
P:4.3 乙方项目经理及调试负责人应具有同类转炉控制系统改造经验，在检修窗口期间全程驻场，未经甲方同意不得更换。
P:4.4 切换期间乙方应制定详细的切换方案和回退方案，经甲方审批后实施，并保证原系统在切换失败时可在六小时内恢复运行。
H:5. 验收
P:5.1 工厂测试：控制逻辑及联锁全部在模拟环境中测试通过，甲方派员见证。
P:5.2 最终验收标准：系统投运后连续冶炼三百炉无因控制系统原因造成的非计划停炉；控制器冗余切换无扰动；氧枪定位误差不大于±10毫米；全部联锁保护动作正确；历史数据库全部采集点位正常记录。
P:5.3 满足上述标准后，双方签署最终验收证书。设备安装完成或投入使用不视为验收。
P:5.4 最终验收前乙方应向甲方移交全部组态程序源文件、I/O清单、联锁逻辑图、网络拓扑图及备件清单，移交资料应与现场实际一致。
H:6. 质量保证
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期内乙方提供以下服务：一级故障（导致转炉停炉或联锁失效）30分钟内电话响应，2小时内到场；二级故障2小时内响应，8小时内到场。
P:6.3 质保期内乙方应每季度对控制系统进行一次现场巡检，检查控制器负荷、冗余状态、网络通信和历史数据库运行情况，并提交巡检报告。
P:6.4 一级故障到场每超时1小时，乙方向甲方支付¥2,000；因乙方原因造成非计划停炉的，每次另付¥20,000。
H:7. 质保期满后维保
P:7.1 质保期满后，乙方提供驻厂维保服务，包括两名驻厂工程师、备品备件、软件升级及年度停炉检修支持。
P:7.2 年度维保费为软硬件小计的32%，即每年¥875,520，在维保年度开始时一次支付。维保年度价格固定，不随物价调整。
P:7.3 驻厂工程师应持有控制系统原厂认证，每季度提交设备健康报告。
P:7.4 维保合同每年签订一次，不自动续期。
H:8. 知识产权
P:8.1 控制系统软件、组态软件及HMI软件的知识产权归原厂所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的控制程序、组态文件、HMI画面及说明文档，知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:9. 数据安全
P:9.1 控制系统采集的生产工艺数据和设备数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方工控安全负责人逐次审批，通过甲方指定的安全接入平台进行，全程录像；乙方不得将工艺数据带离现场。
P:9.3 因乙方违反上述要求造成数据泄露、病毒感染或生产事故的，乙方应在1小时内报告并承担全部责任，赔偿甲方损失。
P:9.4 乙方应按照工业控制系统信息安全防护要求，对新系统进行安全加固，关闭不必要的端口和服务，并在投运前完成病毒查杀和漏洞扫描。
H:10. 保密
P:乙方对甲方的工艺参数、配方、图纸及经营信息负有保密义务，保密期限至合同终止后三年。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成投运的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 因乙方供货或调试质量问题导致检修窗口延长的，乙方除支付上述违约金外，还应承担甲方因此增加的检修费用。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:12. 分包
P:乙方如需将电缆敷设等现场辅助工作分包，须事先取得甲方书面同意，并对分包方的工作负全部责任。
H:13. 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还相应款项并赔偿损失。
H:14. 安全生产
P:乙方人员进入炼钢厂区应遵守甲方安全生产管理制度，佩戴劳保用品，动火、登高作业须办理作业票。因乙方人员违章造成的安全事故由乙方负责。
H:15. 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方应先行协商；协商不成的，提交武汉仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其他条款。
H:16. 不可抗力
P:因地震、洪水等不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:17. 其他
P:招标文件、乙方投标文件、技术协议及会议纪要为本合同附件，与本合同具有同等效力。本合同未尽事宜由双方另行签订补充协议。
H:18. 生效
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。合同附件包括技术协议、设备清单、I/O清单及切换方案，附件与本合同具有同等效力。
P:甲方（盖章）：华钢特钢（鄂州）有限公司　　乙方（盖章）：武汉恒拓工控技术有限公司
P:签约日期：2026年4月__日
"""

Z03 = """口腔门诊预约及电子病历SaaS服务与实施合同

合同编号：MYKQ-IT-2026-009

甲方（客户）：美牙口腔医疗管理（成都）有限公司
地址：成都市锦江区红星路三段16号

乙方（服务商）：杭州齿联云科技有限公司
地址：杭州市余杭区文一西路998号

鉴于甲方在成都、重庆、绵阳三地经营22家连锁口腔诊所，需要统一的预约、接诊、电子病历、影像及收费管理系统；乙方提供"齿联云"口腔诊所管理SaaS服务。双方经协商，订立本合同。

一、服务内容
（一）乙方为甲方22家诊所开通齿联云SaaS服务，功能包括：在线预约与排班、接诊分诊、口腔电子病历及牙位图、影像（CBCT、全景片）调阅、治疗计划与知情同意、收费及会员管理、耗材库存和经营报表。
（二）乙方负责实施服务：22家诊所的系统配置、存量患者档案及病历数据迁移、与甲方医保结算系统和影像设备的接口对接、各诊所医生及前台人员培训、上线支持。
（三）乙方应为每家诊所提供不少于两次现场培训，培训对象包括医生、护士、前台及店长，并提供操作视频和培训手册；新入职人员可参加乙方每月举办的线上培训。
（四）服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。

二、费用
（一）订阅费：每家诊所每服务年度人民币19,800元，22家诊所每服务年度合计435,600元，三个服务年度合计1,306,800元。
（二）实施费：一次性人民币168,000元。
（三）合同总价：人民币1,474,800元（大写：壹佰肆拾柒万肆仟捌佰元整），含税。
（四）服务期内甲方新增诊所的，按每家每服务年度19,800元按月折算另行计费。
（五）订阅费已包含平台使用、数据存储（每家诊所影像存储空间不超过2TB）、版本升级和技术支持费用，乙方不得另行收取。

三、付款
（一）订阅费按季度支付：乙方在每个季度结束后开具发票，甲方在收到发票后三十日内支付当季订阅费108,900元。
（二）实施费在全部22家诊所上线并通过验收后一次性支付。
（三）本合同不设预付款。

四、实施与验收
（一）乙方应在合同签订后七十日内完成全部诊所上线。
（二）验收标准：22家诊所全部可正常预约、接诊、书写病历和收费；迁移的患者档案及病历与原系统逐条核对一致；医保结算接口连续十日无差错；影像调阅在诊所内网下不超过3秒；甲方各诊所主任签字确认培训完成。
（三）分批上线的诊所在该批验收前，乙方应保证原系统可继续使用，以免影响诊所接诊。
（四）验收由甲方信息部组织，双方签署上线验收单。诊所开始使用系统不视为验收合格。

（五）实施期间乙方应指派一名项目经理和不少于四名实施顾问，按甲方确认的上线计划分批完成各诊所切换；每批切换前乙方应完成数据试迁移，并由该批诊所主任确认迁移结果。

五、服务水平
（一）系统月度可用率不低于99.5%。
（二）一级故障（全部或多家诊所无法预约、接诊或收费）：30分钟内响应，2小时内恢复；二级故障（单家诊所或单一功能不可用）：1小时内响应，8小时内恢复。
（三）月度可用率每低于承诺值0.1个百分点，扣减当月订阅费的2%；一级故障恢复每超时1小时，扣减当月订阅费的1%，当月扣减合计不超过当月订阅费的20%。

（四）乙方提供7×24小时服务热线及在线客服，工作日另安排专属客户成功经理；每月向甲方提交服务报告，列明可用率、故障记录、处理时长及改进措施。
（五）计划内维护应安排在每日22:00至次日6:00之间，并提前三日通知甲方，计划内维护时间不计入不可用时间。

六、数据权属与数据安全
（一）甲方上传或在使用中产生的全部数据，包括患者身份信息、病历、影像和收费记录，归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，系统通过网络安全等级保护三级测评；患者个人信息和病历加密存储，访问权限按最小必要原则设置并记录日志。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担由此造成的全部损失。
（四）乙方人员仅可在甲方书面授权的范围内访问甲方数据，授权在问题处理完毕后即行收回。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除其系统中的副本，出具删除证明。

七、知识产权
（一）齿联云平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的报表、接口程序及配置成果，知识产权归甲方所有，甲方可自由使用、修改，或委托第三方使用。

（三）服务期内乙方对平台的功能升级免费向甲方提供，升级不得降低本合同约定的功能和服务水平。

八、保密
双方对在合作中知悉的对方商业秘密和患者信息负有保密义务，本条在合同终止后继续有效。

九、分包
乙方可将各诊所的现场实施、培训及数据录入工作委托第三方服务商完成，但应提前书面通知甲方。乙方对第三方的工作承担责任。

十、违约责任
（一）乙方未按期完成全部诊所上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十一、续期
服务期满前六十日任何一方均未书面提出终止的，本合同自动续期一个服务年度，续期订阅费由乙方按其届时价格确定，涨幅不超过上一服务年度费用的10%。

十二、合同解除
乙方严重违约，或连续三个月月度可用率低于承诺值，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已付未用的费用，并按本合同第六条第（五）项交还数据。合同解除不影响甲方要求乙方支付违约金和赔偿损失的权利。

十三、甲方义务
（一）甲方应指定项目负责人，协调各诊所配合实施，及时提供存量数据、医保接口文档和影像设备参数。
（二）甲方负责诊所内网、终端电脑和打印设备的准备，并妥善保管各诊所账号密码。
（三）甲方应按本合同约定支付费用。

十四、不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。云服务基础设施的一般故障不属于不可抗力。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。争议由甲方所在地有管辖权的人民法院管辖。

十六、通知
双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱；以电子邮件发送的，邮件进入对方系统之日视为送达。任何一方变更联系方式的，应提前五个工作日通知对方。

十七、其他
本合同附件包括：功能清单、诊所清单、上线计划及数据迁移方案，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：美牙口腔医疗管理（成都）有限公司　　代表签字：________
乙方（盖章）：杭州齿联云科技有限公司　　　　　　　代表签字：________
日期：2026年5月__日
"""

Z04 = """滨州市水务集团有限公司营收管理系统年度运维服务合同

项目名称：营收管理系统2026服务年度运维服务
采购方式：竞争性磋商（项目编号：BZSW-CS-2026-004）
合同编号：BZSW-XX-2026-021

甲方：滨州市水务集团有限公司
地址：滨州市黄河五路566号
乙方：济南泉数信息科技有限公司
地址：济南市高新区舜华路2000号

根据甲方组织的竞争性磋商结果及成交通知书，甲乙双方就甲方营收管理系统（含抄表、收费、账务、客服热线及网上营业厅等子系统）的年度运维服务，经平等协商，订立本合同。

第一条 服务内容与期限
（1）服务期限：2026年1月1日至2026年12月31日。
（2）驻场运维：乙方派驻三名运维工程师在甲方信息中心驻场，负责系统日常监控、数据库维护、账务日结及月结支持、抄表数据导入校验、营业网点问题处理。
（3）巡检与优化：每月一次全面巡检，每季度一次性能分析及优化，年底前完成一次数据库健康评估。
（4）需求开发：按甲方书面需求完成小额功能变更和报表开发，全年不超过120人天。
（5）应急保障：汛期、年度水价调整、集中缴费期间提供专项保障，包括提前压力测试、增派值守人员和制定应急预案。
（6）乙方应配合甲方完成网络安全等级保护测评、内部审计及上级单位检查中涉及营收系统的整改工作。

第二条 服务费用
（1）本合同总价为人民币壹佰万零捌仟元整（¥1,008,000），含税，分项如下：
驻场运维服务 ¥624,000；巡检与性能优化 ¥148,000；需求开发（120人天×¥1,500）¥180,000；应急保障 ¥56,000。
（2）需求开发实际使用人天少于120人天的，按实际人天结算；超出部分须经甲方另行书面批准。
（3）服务费已包含驻场人员的工资、社会保险、差旅、工具软件及税费等全部费用，甲方不再另行支付。

第三条 付款方式
（1）服务费按季度结算，每季度考核合格后，甲方在收到发票之日起二十日内支付当季服务费¥252,000。
（2）需求开发费用按季度实际人天在当季服务费中多退少补。
（3）本合同不设预付款。

第四条 服务交接
（1）乙方应于2026年1月1日前完成与上一运维单位的交接，包括系统账号、运维文档、未结问题清单和应急预案。
（2）交接完成后双方签署交接确认单。

（3）服务期满或合同解除时，乙方应向甲方或甲方指定的单位完整移交运维文档、账号清单、知识库和未结问题，并配合交接不少于十五日。

第五条 服务水平
（1）故障分级：一级故障指收费、账务或网上营业厅整体中断；二级故障指单一营业网点或单一功能异常；三级故障指一般咨询及不影响业务的问题。
（2）响应要求：一级故障15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内处理。
（3）每月5日前乙方提交上月运维报告，列明故障处理、巡检结果和需求完成情况。
（4）服务考核结果仅作为甲方下一服务年度选择供应商的参考，不与服务费挂钩，甲方不因故障处理超时扣减服务费。
（5）人员要求：驻场工程师须具有三年以上水务营收或公用事业收费系统运维经验，其中至少一人持有数据库认证证书；乙方更换驻场人员须提前十日书面申请并经甲方同意，新人员须完成交接后方可离岗。
（6）变更管理：涉及生产系统的配置变更、程序发布和数据修正，乙方须提交变更申请，经甲方审批后在指定窗口实施，实施前做好备份和回退准备。

第六条 考核与验收
（1）季度考核标准：一级故障全部按时响应和恢复；账务日结、月结按时完成，无因运维原因造成的账务差错；巡检报告及运维报告按时提交；需求开发经甲方业务部门测试确认。
（2）季度考核由甲方信息中心组织，出具书面考核意见；考核不合格的，乙方应在十日内整改并重新考核，整改合格后支付当季费用。
（3）服务期满后，甲方组织年度验收，检查运维文档、知识库、配置基线及交接材料是否完整，并核对全年需求开发人天及成果清单；年度验收合格后双方签署年度验收报告。

第七条 知识产权
乙方在本合同项下完成的功能变更、报表、脚本及运维文档，知识产权归甲方所有，甲方可自行使用和修改，或交由其他单位使用。

第八条 数据安全
（1）营收系统中的用户信息、用水量、收费和账务数据归甲方所有，乙方仅为履行本合同使用。
（2）乙方人员须签署保密及数据安全承诺书，仅通过甲方堡垒机操作数据库，禁止私自导出用户数据或使用移动存储介质。
（3）发生数据泄露、篡改或误删的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因导致的，乙方承担全部责任，并赔偿甲方及用户损失。

第九条 保密
乙方对在服务中知悉的甲方商业秘密、用户信息、系统口令和网络结构负有保密义务，保密期限不因本合同终止而终止。乙方应对其驻场人员进行保密教育，驻场人员离岗时应交回全部资料和门禁卡。

第十条 违约责任
（1）乙方未按第四条约定时间完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣除¥800。
（3）乙方对本合同项下的累计赔偿责任（含违约金）以人民币伍拾万肆仟元（¥504,000）为限，但因乙方故意或重大过失造成的损失除外。

第十一条 分包
乙方不得将本合同项下任何服务分包或转包给第三方。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除后，甲方按已考核合格的服务期间结算费用，乙方应按第四条第（3）项完成交接。

第十三条 续签
本合同期满自动终止。甲方如需继续采购运维服务，将依法重新组织采购。

第十四条 甲方义务
（1）甲方为驻场人员提供办公场所、网络及必要的系统访问权限。
（2）甲方应及时确认需求、组织考核并按约定付款。
（3）甲方负责协调营收系统原厂商、银行代收机构及网上营业厅平台提供必要的技术配合，并将相关联系人告知乙方。

第十五条 不可抗力
因不可抗力不能履行本合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十六条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交滨州仲裁委员会仲裁。争议处理期间，乙方应继续提供本合同项下未涉争议的运维服务，不得以此为由中断服务或拒绝交接。

第十七条 其他
磋商文件、乙方响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：滨州市水务集团有限公司　　　　乙方（盖章）：济南泉数信息科技有限公司
法定代表人或授权代表：________　　　　　　法定代表人或授权代表：________
签订日期：2025年12月__日
"""

Z05 = """# 锐拣分选包装管理系统软件许可及定制开发合同

（成都锐拣智能科技有限公司标准合同文本 V3.2，适用于软件许可及定制开发项目）

合同编号：RJ-HT-2026-0627

**甲方（用户）**：四川汉椒食品有限公司
地址：四川省雅安市汉源县富林镇食品工业园8号

**乙方（许可方）**：成都锐拣智能科技有限公司
地址：成都市武侯区天府大道中段1388号

甲方为花椒初加工及调味品生产企业，拟对花椒色选、分级、称重包装及成品仓储环节实行信息化管理。乙方拥有"锐拣分选包装管理系统"软件著作权。双方经友好协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供锐拣分选包装管理系统V3.2永久使用许可，包括分选管理、包装线管理、批次追溯和成品仓储四个模块，授权站点为甲方汉源生产基地，授权用户数50个。

1.2 乙方根据甲方需求进行定制开发：与甲方现有三台色选机及两条自动称重包装线的数据对接、花椒等级判定规则配置、批次追溯码生成与打印、面向经销商的追溯查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锐拣分选包装管理系统V3.2永久许可（四个模块，50用户） | 386,000 |
| 2 | 定制开发（设备对接、等级规则、追溯码、查询页面） | 254,000 |
| 3 | 安装部署及培训 | 48,000 |
| | 合计 | 688,000 |

合同总价为人民币陆拾捌万捌仟元整（¥688,000），含增值税。服务器、扫码枪、标签打印机等硬件由甲方自行采购。甲方后续增加用户数的，按每用户¥5,800另行购买许可；增加授权站点的，另行协商。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥378,400，乙方收到该款项后启动项目。已支付的款项在任何情况下均不予退还。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%，即¥309,600。

3.3 乙方收款前向甲方开具增值税专用发票。

## 第四条 交付与验收

4.1 乙方在收到首付款后六十个工作日内完成系统安装部署和定制开发，并通知甲方上线。

4.2 系统安装完成并在甲方生产现场上线运行，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方将在后续版本中酌情处理。

4.3 因甲方原因（包括设备接口资料提供不及时、生产线停产等）导致工期延误的，工期相应顺延。

4.4 乙方交付物包括：系统安装程序、用户操作手册、管理员手册和培训记录。定制开发部分以乙方确认的需求确认书为准，需求确认书签署后甲方提出的新增或变更需求，乙方另行报价。

4.5 乙方为甲方操作人员、班组长和仓库管理员提供两次现场集中培训，每次不超过两天。

## 第五条 技术支持与维护

5.1 免费维护期为系统上线之日起六个月。免费维护期内乙方提供远程技术支持和软件缺陷修复。

5.2 乙方将尽合理努力及时响应甲方的技术支持请求，具体响应和处理时间视问题复杂程度及乙方工程师安排而定。

5.3 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的标准价格执行。

5.4 需要乙方工程师到甲方现场服务的，差旅费用由甲方承担；现场服务按乙方人天单价另行计费。

5.5 乙方对系统进行版本升级时，定制开发部分的适配工作另行计费。

## 第六条 甲方义务

6.1 甲方应按乙方要求准备服务器、网络、扫码及打印设备等运行环境，并提供色选机、称重包装线的通信协议和接口资料。

6.2 甲方应指定项目联系人，及时确认需求和上线安排，并组织相关人员参加培训。

6.3 甲方应妥善保管系统管理员账号，定期备份本地数据。因甲方未备份导致的数据损失，乙方不承担责任。

## 第七条 知识产权

7.1 锐拣分选包装管理系统及其全部文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的设备对接程序、等级判定规则、追溯码功能、查询页面及相关源代码，知识产权归乙方所有。甲方在本合同授权范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用，乙方不向甲方交付源代码。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、批次数据及经销商信息由甲方负责其合法性，甲方应确保经销商及消费者信息的收集已取得必要授权。

8.2 乙方应采取访问控制、数据备份和传输加密等措施保护甲方数据安全，远程维护须经甲方同意。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施并承担相应赔偿责任。

8.3 甲方同意乙方在对数据进行脱敏处理后，将系统运行数据（包括分选等级分布、产量及包装效率数据）用于行业分析、产品改进及算法优化，该等使用不需另行取得甲方同意，也不因合同终止而停止。

## 第九条 保密

双方对在合作过程中知悉的对方技术资料、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内持续有效。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任累计不超过合同总价的20%。

10.2 乙方不对甲方的利润损失、停产损失、产品召回损失或其他间接损失承担责任。

10.3 因甲方操作不当、擅自修改系统或硬件故障导致的问题，乙方不承担责任。

## 第十一条 违约

11.1 甲方未按约定付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过三十日的，乙方有权暂停服务，由此产生的后果由甲方承担。

11.2 任何一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为、电力或通信中断等不可抗力导致不能履行的，双方互不承担责任，受影响方应及时通知对方，并在不可抗力消除后继续履行。

## 第十三条 争议解决

因本合同产生的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件：软件功能清单、定制开发需求确认书。附件与本合同正文不一致的，以本合同正文为准。

14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：四川汉椒食品有限公司　　　　授权代表：________

乙方（盖章）：成都锐拣智能科技有限公司　　授权代表：________

签订日期：2026年6月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LS-CN-2026-031
P:This Agreement is made on the date of the last signature below between:
P:(1) Lagoon Software Ltd, a company incorporated in the Republic of Mauritius, whose registered office is at 4th Floor, Tower C, Ebène Cybercity, Ebène, Mauritius ("Vendor"); and
P:(2) Changsha Xiangyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 88 Xingsha Avenue, Changsha, Hunan Province ("Customer").
P:Background: Customer operates two dairy processing plants and a network of collection stations in Hunan Province. Customer wishes to replace its spreadsheet-based quality records with Vendor's LagoonQMS quality and traceability software, and Vendor has agreed to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's LagoonQMS product, version 7, in object code, including the modules for raw milk intake, laboratory testing, batch records, non-conformance and CAPA, supplier quality and recall traceability, together with its documentation.
P:1.2 "Custom Deliverables" means all configurations, workflows, report templates, interface programs and scripts created by Vendor specifically for Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software by or for Customer, including milk supplier records, test results, batch records and traceability data.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty (60) named users at Customer's sites in the People's Republic of China, for Customer's internal business purposes.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may transfer licences between named users when staff change.
P:2.3 The Software is installed on servers provided by Customer in Customer's own data centre in Changsha. No Customer Data is hosted by Vendor.
H:Article 3 Services
P:3.1 Vendor shall provide the following services: configuration of the Software to Customer's approved process design; interfaces with Customer's ERP system, its laboratory instruments and its weighbridge system; migration of historical quality records; and training of key users and administrators.
P:3.2 Vendor shall deliver the project within one hundred and fifty (150) days from the Effective Date according to the project plan in Schedule 2, including installation, configuration, integration testing and go-live at both plants.
P:3.3 Vendor shall appoint a project manager with experience of at least two food or dairy quality system implementations. Vendor shall not replace the project manager without Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 At Customer's request all prices are stated and paid in Chinese Yuan (CNY). The total price of this Agreement is CNY 1,746,000, inclusive of taxes, made up as follows:
P:Software licence fees (60 named users at CNY 21,000): CNY 1,260,000
P:Configuration and integration services: CNY 348,000
P:Data migration: CNY 96,000
P:Training: CNY 42,000
P:Total: CNY 1,746,000
P:4.2 Customer shall pay: (a) 20% of the total price, CNY 349,200, within 30 days after signature of this Agreement against Vendor's invoice; (b) 45%, CNY 785,700, within 30 days after the go-live of both plants; and (c) 35%, CNY 611,100, within 30 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer to the account named in Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Vendor shall carry out system tests and provide test reports before go-live. Customer shall carry out user acceptance tests with Vendor's support.
P:5.2 The acceptance criteria are: every function listed in the approved process design passes its test case; migrated quality records reconcile with the source spreadsheets for every batch sampled by Customer; all three interfaces transfer data without error for ten consecutive working days; a complete recall trace from a finished batch to the supplying farms is produced in under two minutes; and no Severity 1 defect occurs in a parallel run of thirty days.
P:5.3 When the criteria are met, Customer shall issue a written Final Acceptance certificate within ten working days. Go-live, production use or payment shall not by themselves be deemed acceptance. If the criteria are not met, Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and the approved process design for eighteen (18) months from Final Acceptance. During this warranty period Vendor shall correct defects and provide updates, new versions and support free of charge.
P:6.2 Support levels: a Severity 1 defect (the Software is unavailable at a plant, or milk intake or batch release cannot be recorded) shall receive a response within one (1) hour and a workaround or fix within eight (8) hours; a Severity 2 defect shall receive a response within two (2) hours and a fix within two working days; other requests shall be answered within one working day.
P:6.3 For each full hour by which Vendor misses the Severity 1 response or fix time, Vendor shall credit Customer CNY 1,000 against the next payment due or pay that amount on demand.
P:6.4 After the warranty period Customer may order annual support at a fee of 11% of the licence fees, being CNY 138,600 per year. This fee is fixed for the first three support years and shall not increase thereafter by more than the Chinese consumer price index of the previous year. Each support year is ordered by a separate purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to Customer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and for no other purpose, and shall not keep any copy after the work for which it was needed is complete.
P:8.2 Vendor's staff shall access Customer's systems only through Customer's VPN with individual accounts, only with Customer's approval for each session, and shall follow Customer's information security rules and the applicable laws of the People's Republic of China on data security and personal information.
P:8.3 Vendor shall notify Customer within twelve (12) hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate remedial action, and shall be responsible for all losses caused to Customer by a breach of this Article by Vendor or its staff.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three (3) years after the end of this Agreement.
H:Article 10 Delay
P:If Vendor fails to achieve go-live of both plants by the date in the project plan for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price. If the delay exceeds sixty days, Customer may also terminate this Agreement under Article 13.
H:Article 11 Liability
P:Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or infringement of third-party intellectual property rights.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving written notice of the breach.
P:13.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for services not accepted, and Customer keeps its licence for the Software paid for.
H:Article 14 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Arbitration
P:This Agreement is governed by the laws of the Republic of Mauritius. Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the rules of the MCCI Arbitration and Mediation Center, seated in Port Louis, Mauritius, in the English language.
H:Article 16 General
P:This Agreement, with Schedule 1 (Software modules), Schedule 2 (Project plan) and Schedule 3 (Process design), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.
P:Signed for Lagoon Software Ltd: ____________________ Name: Priya Ramdhun, Director  Date: __________
P:Signed for Changsha Xiangyuan Dairy Co., Ltd.: ____________________ Name: Zhou Min, Authorised Representative  Date: __________
"""

E02 = """# ORDER FORM — AnseDesk Customer Service Platform

Order Form No. AD-OF-2026-0217, issued under and incorporating the AnseDesk General Terms set out in Part B below.

## Part A — Order Form

| Item | Details |
|---|---|
| Vendor | Anse Digital Ltd, Unit 12, Providence Industrial Estate, Mahé, Republic of Seychelles |
| Customer | Ningbo Haoyun Home Appliances Co., Ltd., 1 Binhai Fourth Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, People's Republic of China |
| Service | AnseDesk Enterprise: ticketing, omnichannel inbox (e-mail, web chat, WeChat official account, telephone call records), knowledge base, AI reply suggestions, service reporting |
| Subscription Term | Three Subscription Years, from 1 August 2026 to 31 July 2029 |
| Subscription Start Date | 1 August 2026, or the date of Onboarding Acceptance if later |
| Hosting region | Alibaba Cloud, Hangzhou region (mainland China) |
| Currency | Chinese Yuan (CNY), at the Customer's request |

### A.1 Fees

| Fee item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| AnseDesk Enterprise agent seat, per Subscription Year | 150 seats | 1,560 | 234,000 per Subscription Year |
| Subscription fees for the three Subscription Years | | | 702,000 |
| Onboarding (one-time): configuration, CRM and call-centre integration, ticket migration, training | 1 | 46,000 | 46,000 |
| Total Contract Value | | | 748,000 |

Additional seats ordered during the Subscription Term are charged at CNY 1,560 per seat per Subscription Year, pro rata by month.

### A.2 Invoicing and Payment

A.2.1 Subscription fees are invoiced quarterly at the start of each calendar quarter of the Subscription Term, CNY 58,500 per quarter, payable within 30 days of invoice.

A.2.2 The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice. No amount is payable before the Subscription Start Date.

### A.3 Onboarding

A.3.1 Vendor shall complete onboarding by 15 July 2026. Onboarding covers: configuration of ticket categories, queues, service-level timers and routing for Customer's after-sales centres in Ningbo and Chengdu; integration with Customer's CRM and its call-centre system; migration of open and closed tickets from the last three calendar years; and training for supervisors and administrators.

A.3.2 Onboarding Acceptance tests: all configured queues route test tickets correctly; migrated tickets match the source system in number and content for a sample chosen by Customer; the CRM and call-centre integrations create and update tickets without error for five consecutive working days; and a load test with 150 concurrent agents shows page response times under two seconds. When the tests are passed Customer signs an Onboarding Acceptance certificate. Use of the service before that date is not acceptance.

A.3.3 If onboarding is not accepted by 15 July 2026 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay until Onboarding Acceptance.

### A.4 Renewal

This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

## Part B — AnseDesk General Terms

### Section 1 Service and Service Levels

1.1 Vendor shall provide the Service in accordance with its documentation and this Order Form, and shall not materially reduce its functionality during the Subscription Term.

1.2 Availability. The Service shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

1.3 Support. Priority 1 incidents (the Service is unavailable, or agents cannot create or answer tickets) shall receive a response within thirty (30) minutes and a workaround within three (3) hours, around the clock. Priority 2 incidents shall receive a response within two (2) hours during business days. Vendor shall provide a monthly service report.

1.4 Service credits. If monthly availability falls below 99.95%, Customer receives a credit of 5% of the fees for that month for each 0.1 percentage point or part of it below the target, up to 50% of the monthly fees. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice, or paid at the end of the Subscription Term.

### Section 2 Customer Content and Data

2.1 Customer Content means all tickets, messages, call records, attachments, contact details of Customer's end customers and other data submitted to the Service by or for Customer. As between the parties, Customer owns all Customer Content.

2.2 Vendor processes Customer Content to provide the Service. In addition, Customer grants Vendor a non-exclusive, perpetual licence to use Customer Content and usage data in aggregated and de-identified form to train and improve Vendor's AI reply-suggestion models, to develop new features and to prepare industry benchmarks. This licence continues after the end of the Subscription Term.

2.3 Security. Vendor shall keep Customer Content in the hosting region stated in the Order Form, encrypt it in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep access logs for at least six months, and maintain an MLPS level-3 filing for the Service. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.

2.4 Incidents. Vendor shall notify Customer within twenty-four (24) hours after becoming aware of a security incident affecting Customer Content, shall investigate and contain it, and shall be liable for the losses, costs of notification and regulatory penalties Customer incurs as a result of a security incident caused by Vendor's breach of this Section.

2.5 Return and deletion. Within thirty days after the end of the Subscription Term, Vendor shall make all Customer Content available for export in a standard format and then delete it from the Service, and shall confirm the deletion in writing.

### Section 3 Subprocessors and Subcontractors

Vendor may engage subprocessors and subcontractors, including hosting providers, telephony connectors and implementation partners, to perform any part of the Service or the onboarding. Vendor shall give Customer written notice of a new subprocessor or subcontractor at least fifteen days before it starts work. Vendor remains responsible for their performance.

### Section 4 Intellectual Property

4.1 Vendor owns the Service, the AnseDesk software and all improvements to them.

4.2 Customer-specific configurations, workflows, report templates and integration scripts created by Vendor for Customer in the onboarding are owned by Customer. Vendor shall deliver them in editable form, and Customer may use, modify and license them freely, also through other service providers.

### Section 5 Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this agreement, and not disclose it to third parties except to staff and advisers bound by similar duties. These duties continue for three years after the end of the Subscription Term.

### Section 6 Term and Termination

6.1 This agreement runs for the Subscription Term.

6.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

6.3 On termination for Vendor's breach, Vendor shall refund any prepaid fees for the period after termination and shall return Customer Content under Section 2.5.

### Section 7 Customer Responsibilities

7.1 Customer shall keep its agent log-in credentials secure, ensure that each seat is used by one named agent only, and use the Service in accordance with applicable law, including the rules on marketing messages to end customers.

7.2 Customer shall give Vendor the information, system access and contact persons needed for onboarding in good time. If Customer's delay causes a delay in onboarding, the onboarding date under A.3.1 is extended by the same period and no amount is due under A.3.3 for that period.

7.3 Customer shall pay undisputed invoices on time. Vendor may suspend the Service only after giving thirty days' written notice of an undisputed overdue amount, and shall restore it promptly after payment.

### Section 8 Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profits.

8.2 Vendor's total aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid or payable by Customer in the nine (9) months before the event giving rise to the claim.

8.3 The limits in this Section do not apply to liability for breach of Section 5 or for wilful misconduct.

### Section 9 Governing Law and Disputes

At the Customer's request, this agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

### Section 10 General

Notices shall be in writing and sent to the addresses in the Order Form. This Order Form and these General Terms are the entire agreement of the parties on the Service. If they conflict, the Order Form prevails.

| Signed for Anse Digital Ltd | Signed for Ningbo Haoyun Home Appliances Co., Ltd. |
|---|---|
| Name: Marie-Claire Hoareau, Commercial Director | Name: Chen Lei, Head of Customer Service |
| Date: | Date: |
"""

E03 = """T:Supply and Installation Contract for a Wireless Temperature Monitoring System
P:Contract No. QDLY-CG-2026-052 (Buyer's standard form for equipment purchases)
P:Buyer: Qingdao Lengyuan Cold Chain Logistics Co., Ltd., 66 Qianwangang Road, Huangdao District, Qingdao, Shandong, People's Republic of China
P:Supplier: Moroni Instruments SARL, Route de la Corniche, Moroni, Grande Comore, Union of the Comoros
P:The Buyer operates a cold-chain warehouse with eighteen cold rooms, two blast freezers and a loading dock in Qingdao. Following a request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and door monitoring system for the site. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, servers and accessories listed in the price table in clause 3.
P:1.2 "Software" means the monitoring software licensed under clause 8.2, including its mobile alarm application.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's warehouse at the address above.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and calibrate all sensors, configure alarm rules for each cold room, connect the System to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 All sensors shall be calibrated against reference thermometers traceable to national standards, and the Supplier shall deliver a calibration certificate for each sensor.
P:2.3 The Supplier shall deliver the Equipment to the Site within sixty (60) days and complete installation within ninety (90) days after signature of this Contract.
P:2.4 The Supplier shall pack the Equipment for sea and road transport, label each package with the contract number, and deliver a packing list, certificates of origin and the manuals in Chinese and English. Title and risk pass to the Buyer on delivery to the Site, but the Buyer's receipt of the Equipment is not acceptance.
P:2.5 The Supplier's installation team shall follow the Buyer's site safety rules, including the rules for working in cold rooms and at height, and shall schedule work in each cold room with the Buyer's warehouse manager so that stored goods are not exposed to temperature excursions.
H:3. Contract Price
P:3.1 The Contract Price is fixed and stated in Chinese Yuan (CNY), inclusive of taxes, duties, transport and insurance to the Site:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 °C to +60 °C, ±0.2 °C|420|680|285,600
TB:2|LoRa gateway with backup battery|36|4,200|151,200
TB:3|Edge server, redundant pair|2|48,500|97,000
TB:4|Monitoring software, perpetual site licence|1|168,000|168,000
TB:|Equipment and Software Subtotal|||701,800
TB:5|Installation, calibration and commissioning|1|76,400|76,400
TB:6|Training|1|12,600|12,600
TB:|Contract Price|||790,800
P:3.2 The Equipment and Software Subtotal (CNY 701,800) is the base for the support fee under clause 7.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price, CNY 514,020, within 30 days after the Buyer signs the Installation Certificate confirming that all Equipment has been delivered and installed. The Installation Certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35%, CNY 276,780, within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier or its appointed importer in China.
H:5. Testing and Acceptance
P:5.1 After installation the Supplier shall run a site acceptance test in the presence of the Buyer's engineering and quality staff.
P:5.2 The acceptance criteria are: every sensor reports to the server at its configured interval with a packet loss below 0.5% over a continuous test of fourteen days; every sensor reading deviates from the reference thermometer by no more than ±0.3 °C at three test points; an alarm for a simulated temperature excursion or an open door reaches the duty phone within sixty seconds; the redundant server pair fails over without data loss; and temperature records are transferred to the warehouse management system without error.
P:5.3 When all criteria are met the Buyer shall sign the Final Acceptance Certificate within seven working days. If any criterion is not met, the Supplier shall correct the defect and repeat the relevant test at its own cost. Delivery, installation or use of the System shall not be deemed acceptance.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the System against defects in design, materials and workmanship for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including sensor batteries, and recalibrate the sensors once a year at no cost.
P:6.2 Faults are classified as follows. Severity 1: the server pair is down, or more than ten sensors in one cold room stop reporting, or alarms cannot be delivered. Severity 2: any other loss of function. Severity 3: questions and minor defects.
P:6.3 The Supplier shall respond to a Severity 1 fault within one (1) hour, arrive on site within eight (8) hours and restore the function within twenty-four (24) hours. Severity 2 faults shall be answered within two hours and fixed within three working days.
P:6.4 For each hour by which the Supplier is late in responding to or restoring a Severity 1 fault, the Supplier shall pay the Buyer CNY 600, deducted from any amount due or paid on demand.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering repairs, spare parts, software updates and annual recalibration. The annual support fee is 9% of the Equipment and Software Subtotal, namely CNY 63,162 per year, fixed for the first three support years.
P:7.2 Each support year is ordered by a separate purchase order. There is no automatic renewal.
H:8. Intellectual Property
P:8.1 The alarm rules, dashboards, interface programs and documentation made by the Supplier for the Buyer under this Contract belong to the Buyer, who may use, modify and license them freely.
P:8.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the monitoring software and the firmware of the Equipment at the Site. These remain the property of their owners.
H:9. Data Security
P:9.1 All temperature, door and alarm data recorded by the System belongs to the Buyer and is stored only on the Buyer's servers at the Site. The Supplier shall use it only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session, is made only through the Buyer's VPN with individual accounts, and is logged. The Supplier shall not copy data off the Site.
P:9.3 The Supplier shall report any data security incident caused by it within six hours, take immediate remedial measures and bear full responsibility for the losses caused to the Buyer, including losses from spoiled goods and regulatory penalties.
H:10. Confidentiality
P:The Supplier shall keep confidential the Buyer's site layout, customer information, network settings and other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination for three years.
H:11. Liquidated Damages
P:11.1 If the Supplier fails to complete installation by the date in clause 2.3, or to achieve Final Acceptance within thirty days after that date, for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 If the Buyer pays late, it shall pay interest on the overdue amount at 0.02% per day.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the installation or commissioning without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages under clause 11.1 reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid and remove any Equipment the Buyer rejects, at its own cost.
H:15. Force Majeure
P:Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party within five days with evidence and takes reasonable steps to limit the effects. If such an event lasts more than sixty days, either party may terminate this Contract by written notice, and the Supplier shall refund payments for items not delivered.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
P:Annex 1: Site plan and sensor positions. Annex 2: Acceptance test procedure.
P:For the Buyer: ____________________  Name: Liu Jianguo, General Manager  Date: ________
P:For the Supplier: ____________________  Name: Said Ahmed Mohamed, Managing Director  Date: ________
"""

E04 = """# Managed Network and Service Desk Agreement

**Agreement No.** TN-JY-2026-008

**Between**

- **Tadjourah Networks SARL**, Avenue Maréchal Lyautey, Plateau du Serpent, Djibouti City, Republic of Djibouti ("Provider"); and
- **Hefei Jinyu Auto Parts Co., Ltd.**, 210 Fanhua Avenue, Economic and Technological Development Zone, Hefei, Anhui, People's Republic of China ("Customer").

**Background.** Customer makes brake and suspension parts in three factories in Hefei and Wuhu. Customer wishes to outsource the operation of its factory networks and its IT service desk. Provider runs managed network services for manufacturing companies through its operations centre and local engineers. The parties agree as follows.

## Clause 1 Definitions

1.1 "Services" means the managed network service and the service desk described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Clause 4.

1.3 "Term" means twenty-four (24) months from the Service Commencement Date.

1.4 "Monthly Recurring Charge" or "MRC" means the monthly charge in Schedule 2.

1.5 "Customer Data" means all data of Customer that Provider receives or can access in performing the Services, including network configurations, user directories, tickets and logs.

## Clause 2 Services

2.1 Provider shall monitor and operate Customer's local networks, Wi-Fi networks, firewalls and site interconnections at the three factories around the clock, manage configuration changes and firmware updates, and run a bilingual (Chinese and English) service desk for about 1,100 users.

2.2 Provider shall keep two engineers on site in Hefei on working days and provide remote support from its operations centre at all other times.

2.3 Provider shall give Customer a monthly service report with availability, incidents, changes, open problems and recommendations, and shall attend a monthly service review meeting.

2.4 Provider shall assign a named service manager who is Customer's single point of contact, speaks Chinese, and has authority to agree corrective actions. Provider shall not replace the service manager or the on-site engineers without giving Customer at least thirty days' notice and a proper handover.

2.5 Provider shall carry out all configuration changes through a change process agreed with Customer. Changes that may affect production lines require Customer's approval and shall be made in the maintenance windows of each factory, with a tested back-out plan.

## Clause 3 Charges and Payment

3.1 The charges are set out in Schedule 2 and are stated in Chinese Yuan (CNY). The total contract value for the Term is CNY 1,466,000.

3.2 The MRC is invoiced monthly in arrears and is payable within thirty (30) days of invoice. The transition fee is invoiced after Transition Acceptance and is payable within thirty (30) days of invoice.

3.3 No advance payment is due under this Agreement.

3.4 The charges are fixed for the Term. Additional work outside Schedule 1 requires a written change order with an agreed price.

## Clause 4 Transition and Acceptance

4.1 Provider shall complete the transition of the Services from Customer's current support arrangements by 30 September 2026. Transition includes inventory and documentation of all network devices, installation of monitoring tools, handover of open tickets, a knowledge base for the service desk and tested run-books.

4.2 Transition Acceptance criteria: every network device in the inventory is monitored and reports alarms to Provider's operations centre; configuration backups for all devices are complete and restorable; a failover test of each site interconnection succeeds; and the service desk handles live tickets for ten consecutive working days within the targets in Schedule 3. When the criteria are met, Customer signs the Transition Acceptance certificate. Starting to use the Services is not acceptance.

4.3 If Transition Acceptance is not achieved by 30 September 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## Clause 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 3.

5.2 If Provider misses a service level, Customer receives the service credits in Schedule 3, deducted from the next invoice.

## Clause 6 Customer Responsibilities

6.1 Customer shall give Provider's engineers access to its sites, network rooms and systems as reasonably needed, and shall name a contact person at each factory.

6.2 Customer remains responsible for its business applications, its end-user computers and the purchase of network equipment, unless agreed otherwise in a change order.

## Clause 7 Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services.

7.2 At the end of the Term Provider shall return all configurations, documentation and knowledge-base articles to Customer.

## Clause 8 Intellectual Property

8.1 Provider keeps its monitoring tools, methods and general know-how.

8.2 The network designs, configuration templates, scripts, run-books and knowledge-base articles made by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including to a successor provider.

## Clause 9 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its staff who need to know it. This obligation survives for three (3) years after the end of this Agreement.

## Clause 10 Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for any approved subcontractor as for itself.

## Clause 11 Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

11.2 The limit does not apply to personal injury, wilful misconduct or gross negligence.

## Clause 12 Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

12.2 Neither party may terminate this Agreement before the end of the Term. Customer's remedies for Provider's failure to meet the service levels are the service credits in Schedule 3, and for any other breach by Provider, damages under Clause 11.

12.3 In the last three months of the Term Provider shall cooperate with Customer and any successor provider in an orderly exit, including the handover under Clause 7.2.

## Clause 13 Force Majeure

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, a general failure of public telecommunications networks or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Service credits are not payable for the period of such an event.

## Clause 14 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## Clause 15 General

This Agreement, with its Schedules, is the entire agreement of the parties on the Services. Amendments and change orders must be in writing and signed by both parties. Notices shall be sent to the addresses above, with a copy by e-mail to the named contacts.

## Schedule 1 — Service Scope

| Area | Scope | Hours |
|---|---|---|
| Network operations | 3 factory LANs, 186 switches, 412 Wi-Fi access points, 6 firewalls, 3 site interconnections | 24 × 7 monitoring |
| Changes | Up to 40 standard changes per month; firmware updates quarterly | Business days |
| Service desk | Incidents and requests for about 1,100 users, by phone, e-mail and WeCom | 07:00–23:00, seven days |
| On-site support | Two engineers in Hefei; visits to Wuhu within one working day | Business days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Recurring Charge | per month, 24 months × 58,000 | 1,392,000 |
| Transition fee | one-time | 74,000 |
| Total contract value | | 1,466,000 |

## Schedule 3 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of site interconnections and core network, per site per month | 99.95% | 5% of the MRC for each 0.1 percentage point below target, up to 25% of the MRC |
| P1 incident (a factory or a production line loses network access) | Response within 15 minutes; restoration within 3 hours | CNY 1,000 for each hour of delay in response or restoration |
| P2 incident (a department or a single system affected) | Response within 1 hour; restoration within 8 hours | CNY 300 for each hour of delay |
| Service desk calls answered | 90% within 60 seconds, per month | 2% of the MRC if missed |
| First-contact resolution | at least 70% of incidents, per month | none; reviewed in the monthly meeting |

**Signatures**

| For Tadjourah Networks SARL | For Hefei Jinyu Auto Parts Co., Ltd. |
|---|---|
| Name: Ahmed Daher Omar, General Manager | Name: Wang Tao, IT Director |
| Signature and date: | Signature and date: |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. GMD-2026-CN-014

BETWEEN

Geeska Market Data Ltd, a company registered in Hargeisa, Somaliland, with its office at Road No. 1, Jigjiga Yar, Hargeisa ("Provider");

AND

Guangzhou Huanan Meat Import and Export Co., Ltd., a company registered in the People's Republic of China, with its office at 19 Huangpu Avenue West, Tianhe District, Guangzhou, Guangdong ("Customer").

BACKGROUND

Customer imports chilled and frozen goat and sheep meat from East Africa and the Arabian Peninsula. Provider collects livestock market prices from markets in Somaliland, Ethiopia and Djibouti, export health certificate status, and vessel schedules for the ports of Berbera and Djibouti, and makes them available through a data API. Customer wishes to use the API in its purchasing and logistics systems.

1. DEFINITIONS

1.1 "API" means Provider's Horn Livestock Data API, version 3, with its documentation.

1.2 "Provider Data" means the market prices, certificate status records, vessel schedules and other data delivered through the API.

1.3 "Customer Data" means the API keys, user accounts, queries, watch lists and any data uploaded by Customer, and the logs of Customer's use of the API.

1.4 "Subscription Year" means the period from the Service Start Date, or from any anniversary of it, to the day before the next anniversary.

1.5 "Service Start Date" means the date of Setup Acceptance under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use Provider Data in Customer's internal purchasing, pricing, logistics and reporting, for up to 30 users and 2,000,000 API calls per Subscription Year.

2.2 Customer may keep and use Provider Data received during the Subscription Term for its internal records after the Subscription Term ends, but may not resell it or publish it.

2.3 The initial Subscription Term is two Subscription Years from the Service Start Date.

2.4 Provider shall collect prices through its own market reporters and published sources, and shall describe in the API documentation for each market the source, the collection time and the unit of each price. Provider shall notify Customer at least thirty days before it stops covering any market or port.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY):

Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the initial Subscription Term.
Setup and integration (one-time): CNY 31,000.
Total contract value for the initial Subscription Term: CNY 403,000.

3.2 The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, CNY 46,500 per quarter, payable within 30 days of invoice.

3.3 The setup fee is invoiced after Setup Acceptance and is payable within 30 days of invoice.

3.4 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. SETUP AND ACCEPTANCE

4.1 Provider shall, by 31 August 2026, build and deliver a connector that loads Provider Data into Customer's purchasing system and its logistics dashboard, set up the user accounts, and train Customer's purchasing and logistics staff.

4.2 Setup Acceptance criteria: the connector loads daily prices for all agreed markets and vessel schedules for both ports without error for ten consecutive working days; the loaded values match the API responses for a sample chosen by Customer; and the average response time for standard queries during the test period is under one second. When the criteria are met Customer signs a Setup Acceptance certificate. Use of the API before that is not acceptance.

4.3 If Setup Acceptance is not achieved by 31 August 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.0% of each calendar month, excluding scheduled maintenance announced two days in advance.

5.2 Priority 1 incidents (the API is unavailable or returns wrong data for a whole market or port) shall receive a response within one (1) hour and a fix or workaround within six (6) hours. Other incidents shall receive a response within one business day.

5.3 Market prices shall be updated at least once each market day by 18:00 Beijing time. Vessel schedules shall be updated at least every six hours.

5.4 If monthly availability falls below the target in Clause 5.1, Customer receives a credit of 10% of the monthly fee for each full percentage point below the target. If a Priority 1 response or fix is late, Customer receives a credit of CNY 500 for each hour of delay. Credits are set off against the next invoice.

5.5 Provider shall correct any error in Provider Data within one business day after Customer reports it or Provider finds it, and shall mark corrected records in the API so that Customer can reload them.

5.6 Provider shall run a support desk reachable by e-mail and WeChat from 08:00 to 22:00 Beijing time every day, and send Customer a monthly report of availability, incidents, corrections and API usage.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose or give it to any third party.

6.2 Provider shall protect Customer Data with industry-standard security measures, including encryption in transit and at rest, multi-factor authentication for its administrators, access logs and regular vulnerability scans. Provider shall allow Customer to rotate API keys at any time.

6.3 Provider shall notify Customer within twenty-four (24) hours of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for the losses Customer suffers from an incident caused by Provider's failure to comply with this Clause.

6.4 At the end of the Subscription Term Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API and Provider Data.

7.2 The connector, its source code, the data mappings and dashboards built by Provider for Customer under Clause 4 belong to Customer. Customer may use, modify and license them freely, including through other service providers.

7.3 Provider warrants that it has the right to collect and license Provider Data, and shall indemnify Customer against third-party claims that Customer's use of the API or Provider Data in accordance with this Agreement infringes their rights.

8. RENEWAL

8.1 At the end of the initial Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current period.

8.2 Provider may increase the subscription fee for each renewal period by up to 9% by notice given at least ninety (90) days before the renewal date.

9. SUBCONTRACTING

Provider shall not subcontract the operation of the API or the setup work without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to wilful misconduct or breach of Clause 6.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

11.2 Customer may also terminate by written notice if monthly availability is below the target in Clause 5.1 in three consecutive months.

11.3 On termination for Provider's breach, Provider shall refund the fees paid for the period after termination.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall keep its API keys secure, use the API only within the limits in Clause 2.1, and not attempt to copy the whole of Provider Data or to access the API by means other than those documented.

12.2 Customer shall name a technical contact and a business contact for the setup and for incidents, and shall test the connector within the periods agreed in the setup plan.

13. FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, civil unrest, closure of markets or ports by the authorities, or a general failure of telecommunications, provided that it notifies the other party promptly. Closure of a market is not a breach of the service levels for the prices of that market.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

15. GENERAL

15.1 Notices shall be in writing and sent by courier or e-mail to the addresses above.

15.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED

For Geeska Market Data Ltd: ____________________ Name: Hodan Abdi Warsame, Managing Director Date: __________

For Guangzhou Huanan Meat Import and Export Co., Ltd.: ____________________ Name: Li Xiaoyan, Purchasing Director Date: __________
"""

# ---- files ----
FILES = {  # key: (file name, format, language, category, source)
    "z01": ("h579z01_eco_bureau_discharge_permit_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h579z02_steel_converter_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h579z03_dental_chain_booking_emr_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h579z04_water_group_billing_system_om.txt", "txt", "zh", "services", Z04),
    "z05": ("h579z05_sichuan_pepper_sorting_software_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h579e01_dairy_qms_licence_mauritius_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h579e02_helpdesk_saas_order_form_seychelles_vendor.md", "md", "en", "cloud", E02),
    "e03": ("h579e03_cold_store_temperature_sensors_comoros_vendor.docx", "docx", "en", "hardware", E03),
    "e04": ("h579e04_factory_managed_network_djibouti_vendor.md", "md", "en", "services", E04),
    "e05": ("h579e05_livestock_data_api_somaliland_vendor.txt", "txt", "en", "cloud", E05),
}

# ---- labels (buyer's view) ----
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
TERMS = {  # in TERM_KEYS order
    "z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 10, F, T, F, "PRC", G],
    "z02": [N, 0.5, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 32, F, T, F, "PRC", G],
    "z03": [99.5, 0.5, T, "buyer", T, T, T, 0.08, N, N, T, N, N, N, T, T, T, "PRC", S],
    "z04": [N, 0.25, F, "buyer", T, T, T, 0.1, 504000 / 1008000 * 100, N, T, N, N, N, F, T, F, "PRC", S],
    "z05": [N, N, F, "supplier", T, F, T, N, 20, 55, F, F, 6, N, F, T, N, N, G],
    "e01": [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Mauritius", G],
    "e02": [99.95, 0.5, T, "buyer", T, F, T, 500 / 748000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, T, "PRC", S],
    "e03": [N, 1, T, "buyer", T, T, T, 0.1, 200, N, T, T, 24, 9, F, T, F, "PRC", G],
    "e04": [99.95, 0.25, T, "buyer", F, T, T, 1200 / 1466000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", S],
    "e05": [99.0, 1, T, "buyer", T, T, F, 300 / 403000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "z01": (T, T, T, F, 2340000),
    "z02": (T, T, T, F, 3040000),
    "z03": (T, T, N, F, 1474800),
    "z04": (T, T, N, F, 1008000),
    "z05": (F, F, F, T, 688000),
    "e01": (T, T, T, F, 1746000),
    "e02": (T, T, N, F, 748000),
    "e03": (T, T, T, F, 790800),
    "e04": (T, T, N, F, 1466000),
    "e05": (T, T, N, F, 403000),
}
FEE_BASE = {"z01": 1180000, "z02": 2736000, "z05": 386000, "e01": 1260000, "e03": 701800}  # itemised subtotals
FOREIGN_FORUM = {"e01"}  # MCCI arbitration seated in Port Louis

DESIGN = {  # the rules each draft was written to trigger
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    name, fmt, lang, cat, _ = FILES[key]
    terms = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key, terms, extra)}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- thresholds: no label on one, no figure in any text ----
NUMERIC_THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                      "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                      "post_warranty_fee_pct": 15}
ZH_D = "〇零一二三四五六七八九十"
FORBIDDEN = [
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hours?\b|-hour|hrs?\b)", r"(?<![%s\d])四\s*个?\s*小时" % ZH_D,
    r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|min)", r"二百四十分钟",
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十百千\d])", r"千分之零点五", r"0\.05\s*percent",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])", r"one hundred per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty per\s*cent",
    r"(?<![\d.])12\s*(?:个\s*月|-?\s*months?\b)", r"(?<![%s])十二\s*个\s*月" % ZH_D[1:], r"\btwelve[\s-]*months?\b",
    r"(?<![十\d])一年", r"\bone[\s-]*years?\b", r"\b1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点\d])", r"fifteen per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"四成", r"百分之四十(?![一二三四五六七八九点])", r"forty per\s*cent",
    r"(?<![\d.])5\s*(?:年|-?\s*years?\b)", r"(?<![%s])五\s*年" % ZH_D, r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个\s*)?(?:月|-?\s*months?\b)", r"六十个月", r"\bsixty[\s-]*months?\b",
]
FORBIDDEN_RE = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9%", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "一年", "one year", "one-year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "60个月", "sixty months"]
MUST_MISS = ["2026年12月31日", "24小时", "二十四小时", "14 hours", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%",
             "2025年", "2026年", "万分之五十", "万分之八", "服务年度", "Subscription Year", "35%", "45%", "0.005%",
             "1,500", "十五日", "二十二个月", "3 hours", "1 hour", "50%", "25%", "10%", "三十日", "per year", "每年"]


def hits(text):
    return [m.group(0) for rx in FORBIDDEN_RE for m in rx.finditer(text)]


def views(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: %r" % s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %r -> %r" % (s, hits(s))


# ---- read back ----
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(lang, text):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, fmt, lang, cat, src) in FILES.items():
        lab = label(key)
        assert list(lab["expected_terms"]) == TERM_KEYS
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, thr in NUMERIC_THRESHOLDS.items():
            v = lab["expected_terms"][k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        share = tco_share(key, lab["expected_terms"], lab["expected_extra"]) if key in FEE_BASE else None
        assert share is None or abs(share - 40) > 2, (key, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        for v in views(src) + views(text):
            if hits(v):
                problems.append((key, sorted(set(hits(v)))))
        n = length(lang, text)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        nonspace = len(re.sub(r"\s+", "", text))
        print("%s %-62s %s %5d %s%s | rules %s | risk %s%s" % (
            key, name, lang, n, "chars" if lang == "zh" else "words",
            " (non-space %d)" % nonspace if lang == "zh" else "", ",".join(lab["expected_rules"]) or "-",
            risk(lab["expected_rules"]), "" if share is None else " | TCO share %.2f%%" % share))
        if not ok:
            problems.append((key, "length %d" % n))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in mix if mix[k] == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert sorted(k for k in mix if 2 <= mix[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    assert mix["z05"] >= 8
    assert not problems, problems
    print("all checks passed: 20/20 rules covered, no threshold figure, lengths in range")


if __name__ == "__main__":
    main()
