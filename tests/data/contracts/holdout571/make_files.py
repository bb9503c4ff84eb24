"""holdout571: builds ten ordinary draft contracts (5 zh, 5 en), their labels (.json), and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder)
Sources are kept here; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
Expected rules are derived from the labels by my own reading of policy.md section 3 (derive_rules below),
checked against the design list and for full coverage of the 20 CR rules; every built file and every source
text is scanned for threshold figures; text lengths are measured on what is read back from the built files.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------
# z01 — 市场监督管理局 特种设备智慧监管平台 (licence + custom development), 政府采购, buyer's paper — PDF, 第X条
# ----------------------------------------------------------------------------------------------------------
H571Z01 = """
T:特种设备智慧监管平台建设项目合同书
P:合同编号：JLSJ-ZB-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：江临市市场监督管理局    地址：江临市滨江区政务服务中心B座
P:乙方（供应商）：华岳信安科技股份有限公司    地址：南州市高新区科创大道66号
P:鉴于甲方以公开招标方式采购“特种设备智慧监管平台建设项目”，乙方依法中标（中标通知书编号JLZC-2027-0413）。为明确双方权利义务，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供特种设备智慧监管平台软件许可（永久使用，不限用户数），并按甲方需求完成电梯、锅炉、压力容器、气瓶充装四类设备监管模块的定制开发、历史数据迁移、部署实施和培训。
P:1.2 平台部署于甲方政务云，须与省特种设备安全监管系统、市场主体登记系统和政务服务热线工单系统对接，实现设备登记、定期检验、隐患整改和投诉处置的闭环管理。
P:1.3 乙方应交付需求规格说明书、概要设计、详细设计、测试报告、用户手册、运维手册及全部定制部分源代码，文档须为中文。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），含税，分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久，不限用户数）|1,180,000
TB:2|定制开发（四类监管模块及三个系统接口）|736,000
TB:3|数据迁移（约42万条设备档案及检验记录）|128,000
TB:4|部署实施及培训|86,000
TB:|合同总价|2,130,000
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函，甲方在收到保函及发票后10个工作日内支付合同总价的20%，即¥426,000，作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥958,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥745,500。
P:3.4 乙方应在每期付款前开具合法有效的发票。
P:3.5 甲方付款账户为甲方在国库集中支付系统登记的账户，乙方收款账户以投标文件载明的账户为准，变更须书面通知。
H:第四条 工期
P:4.1 乙方应在合同签订后120日内完成全部开发、迁移和部署，具备初步验收条件。
P:4.2 乙方应组建不少于8人的项目组，项目经理须具有高级项目管理资格，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、风险和需甲方协调的事项。
P:4.3 甲方应提供政务云资源、接口联调环境及业务人员配合，并及时确认需求规格说明书。因甲方原因造成工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：四类监管模块功能与招标文件需求清单逐项一致；迁移数据经全量比对记录条数一致，抽查500条无差错；三个外部接口连续10日调用成功；在300个并发用户下页面平均响应时间不超过2秒。
P:5.2 初步验收后平台试运行60日，试运行期间未发生一级故障，并通过第三方机构的网络安全等级保护测评后，甲方组织最终验收，出具双方签字的验收报告。
P:5.3 平台上线使用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.3 质保期内乙方每季度进行一次系统巡检和性能优化，并向甲方提交巡检报告。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该标准在质保期满后三个年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3日书面通知甲方）。
P:7.2 一级故障（平台整体不可用或核心监管功能失效）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：1个工作日内响应。
P:7.3 乙方响应或恢复每超时1小时，向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，向甲方支付¥2,000，甲方可从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的全部业务数据、设备档案及由此产生的统计数据均归甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级要求，运维操作须经甲方堡垒机并全程留痕，不得将数据导出至政务云以外。
P:8.3 发生或可能发生数据泄露的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监管信息和企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方可自行使用、修改和许可他人使用，乙方应在最终验收时交付完整源代码。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目；如需将非主体部分分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后20日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:甲方（盖章）：江临市市场监督管理局    乙方（盖章）：华岳信安科技股份有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2027年3月  日
"""

# ----------------------------------------------------------------------------------------------------------
# z02 — 造纸厂 烘缸控制系统改造 + 维保 (hardware + software) — DOCX with a Word price table, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------
H571Z02 = """
T:烘缸控制系统改造及维保合同
P:合同编号：QSH-ZJ-2027-036
P:甲方（买方）：清水河纸业有限公司
P:乙方（卖方）：恒拓自控工程有限公司
P:鉴于甲方三号纸机烘缸部（共42只烘缸）原有继电器控制与单回路仪表老化，蒸汽压差和冷凝水排放控制不稳定，甲方决定实施烘缸控制系统改造。经询价比选，甲方选定乙方承担本项目。双方经协商一致，签订本合同。
H:1. 项目范围
P:1.1 乙方负责三号纸机烘缸部控制系统的设计、供货、安装、编程组态、调试、培训及质保期维护，改造后实现烘缸分组蒸汽压力、压差和冷凝水排放的自动控制及断纸联锁。
P:1.2 乙方提供的控制器、I/O模块、变送器、调节阀和软件许可须为全新正品，并提供原厂合格证和软件授权证书。
P:1.3 乙方应在合同生效后20日内提交详细设计方案（含控制回路图、I/O清单、机柜布置图及网络拓扑图），经甲方书面确认后方可采购和编程。
P:1.4 乙方应为甲方操作人员和仪表维护人员各提供不少于3天的培训，培训结束后进行考核，并提供中文培训教材。
P:1.5 改造方案应保留原有手动操作功能，确保控制系统故障时操作人员可切换至手动方式维持生产。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰壹拾万零捌仟元整（¥1,108,000），含增值税、运输、保险及现场服务费。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、I/O模块及机柜|1套|486,000
TB:2|烘缸压力/温度变送器、冷凝水调节阀|1批|312,000
TB:3|控制软件及HMI操作站许可|1套|168,000
TB:|软硬件小计||966,000
TB:4|安装、编程组态及调试|1项|118,000
TB:5|操作及维护培训|1项|24,000
TB:|合同总价||1,108,000
H:3. 付款
P:3.1 合同生效且乙方提交预付款保函后10日内，甲方支付合同总价的20%（¥221,600）。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的45%（¥498,600）。到货安装不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%（¥387,800）。
P:3.4 每期付款前，乙方应开具增值税专用发票。
H:4. 工期
P:4.1 乙方应在合同生效后75日内完成到货；改造须在甲方安排的停机检修窗口（预计连续6日）内完成安装调试。
P:4.2 乙方应在停机检修窗口开始前完成控制柜工厂测试，甲方派员参加；工厂测试未通过的，不得发货。
P:4.3 施工期间乙方须遵守甲方安全生产管理制度，进入现场人员须接受安全交底，动火、登高作业须办理作业票。乙方人员在现场发生的安全事故由乙方负责。
P:4.4 甲方负责提供施工用电、压缩空气、设备临时存放场地及停机窗口，并指定工艺和电气负责人配合调试。
H:5. 验收
P:5.1 系统连续运行30日后进行最终验收，验收标准为：各组烘缸蒸汽压力控制偏差不超过±5 kPa；压差控制稳定，无冷凝水积水导致的断纸；断纸联锁经20次测试动作全部正确；HMI报警和历史趋势记录完整；运行期间无一级故障。
P:5.2 验收合格的，双方签署最终验收证书；任一项不合格的，乙方应在10日内整改后重新验收。
P:5.3 最终验收前，乙方应提交竣工图纸、I/O清单、程序备份、参数表及操作维护手册各两套，并提供电子版。
P:5.4 最终验收由甲方设备部、生产部和质量部共同参加，验收记录由三方签字确认。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件补丁。
P:6.3 质保期内乙方每季度到现场巡检一次，检查控制柜、变送器和调节阀状态，并提交巡检报告。质保期满后，乙方保证备品备件按合理价格持续供应不少于八年。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费不超过软硬件小计的9%（即每年不超过¥86,940），质保期满后三个年度内不上调。维保合同按年度签订，不自动续期。
H:7. 服务响应
P:7.1 一级故障（烘缸控制失灵、断纸联锁失效或造成停机）：乙方接报后1小时内远程响应，6小时内到达现场。二级故障：8小时内响应，48小时内处理完毕。
P:7.2 乙方响应或到场每超时一小时，向甲方支付¥800，甲方可从应付款中扣除。
P:7.3 乙方应设立7×24小时服务热线，并指定一名服务经理负责本项目售后服务协调。
H:8. 数据安全
P:8.1 控制系统中的工艺参数、生产数据、配方及报警记录归甲方所有，乙方不得复制或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方批准、使用甲方指定的VPN账号并全程记录，不得在控制网络中安装与项目无关的软件；乙方应按工业控制系统安全要求进行网络隔离和账号管理。
P:8.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应立即报告甲方并承担由此造成的全部损失。
P:8.4 需要从现场带离的硬盘、存储卡等介质，应经甲方检查并清除数据后方可带离。
H:9. 保密
P:9.1 乙方对在本项目中获悉的甲方工艺、配方、产能和经营信息负有保密义务，不得向第三方披露，保密期限至合同终止后三年。
P:9.2 乙方应要求参与本项目的人员签署保密承诺书。
P:9.3 甲方对乙方提供的技术方案和报价资料负有同等保密义务。
H:10. 知识产权
P:10.1 标准软件的知识产权归原厂所有，甲方获得永久使用许可。为本项目编写的控制程序、组态画面、逻辑图及源文件归甲方所有，甲方可自行修改和使用。
H:11. 分包
P:11.1 乙方可将现场安装、电缆敷设及仪表校验工作分包给第三方，提前书面通知甲方即可，无需取得甲方同意；乙方对分包工作质量负责。
H:12. 违约责任
P:12.1 乙方逾期到货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:12.3 乙方提供的设备或软件不符合合同约定的，乙方应负责免费更换或修复，并承担由此产生的费用。
H:13. 合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的设计文件、程序和设备，甲方按已完成并经确认的工作量结算。
H:14. 适用法律及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方根据影响程度协商延期或部分免责。
P:15.3 本合同附件包括技术协议、设备清单、详细设计方案（确认后）和验收大纲，附件与合同正文具有同等效力。合同变更须经双方书面签署。
P:甲方：清水河纸业有限公司（盖章）    乙方：恒拓自控工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
P:日期：2027年4月  日
"""

# ----------------------------------------------------------------------------------------------------------
# z03 — 连锁药店 (60 家门店) 处方流转 SaaS + 实施 — TXT, 一、/（一）
# ----------------------------------------------------------------------------------------------------------
H571Z03 = """处方流转服务平台订阅及实施合同

合同编号：KH-XX-2027-009
甲方：康和大药房连锁有限公司（下设直营门店60家）
乙方：云方医药信息技术有限公司

鉴于甲方需要在60家直营门店上线电子处方接收、药师审方和医保处方结算功能，乙方拥有“云方处方流转服务平台”（以下简称“平台”，以SaaS方式提供），双方经友好协商，就平台订阅和实施服务达成如下协议。

一、服务内容
（一）乙方向甲方60家门店提供平台订阅服务，包括电子处方接收与流转、药师远程审方、处方留存与追溯、医保处方结算对接和统计报表。
（二）乙方负责平台实施，包括与甲方ERP、POS收银系统和医保结算系统的接口开发、门店开通、基础数据初始化及药师培训。
（四）平台应符合《电子处方管理规定》及所在省份医保部门关于处方流转的技术要求；监管要求变化的，乙方应在规定时限内完成功能调整，不另行收费。
（三）乙方为甲方总部配备一名客户成功经理，负责日常沟通、需求跟踪和服务报告；为每家门店提供使用手册和视频教程。

二、服务期限
（一）订阅服务期为三个服务年度，自2027年7月1日起至2030年6月30日止。
（二）服务期满时，如任何一方未在期满前60日书面通知不续订，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权上调订阅单价，上调幅度不超过8%。

三、费用及支付
（一）费用明细如下：
    项目                    单价                         数量         金额（元）
    平台订阅费              ¥3,600/门店/服务年度         60家×3个服务年度   648,000
    实施费（接口、开通、培训）  一次性                       1项          96,000
    合同总价                                                         744,000
（二）订阅费按季度结算，甲方在每个季度结束后15日内支付该季度订阅费¥54,000。
（三）实施费在平台上线验收合格后15日内支付。
（四）本合同不设预付款。乙方应在每次收款前开具增值税专用发票。
（五）服务期内新增门店的，按本合同单价计收订阅费，自开通之月起按季度结算；门店关闭的，自关闭次月起停止计费。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部60家门店上线。
（二）上线验收标准：60家门店均能接收并流转电子处方；审方、留存、追溯功能与需求清单一致；与ERP、POS和医保结算接口连续7日运行无差错；处方从接收到药师审核完成的平均流转时间不超过3分钟。
（三）验收合格后双方签署上线验收单。门店开始使用平台不视为验收合格。验收不合格的，乙方应在7日内整改并重新验收。
（四）实施期间乙方应每周提交实施周报，列明已上线门店、遗留问题和下周计划；上线前应对各门店店长和执业药师完成培训并考核。
（五）上线验收前，乙方应提交接口说明、系统操作手册和应急预案。

五、服务水平
（一）平台月度可用率不低于99.5%。
（二）一级故障（处方无法接收、流转或医保结算中断）：乙方30分钟内响应，3小时内恢复；二级故障：2小时内响应，1个工作日内解决；三级故障：3个工作日内解决。
（三）月度可用率低于约定值，或一级故障超时恢复的，每发生一次，乙方按当季度订阅费的5%向甲方提供服务费抵扣，每季度抵扣合计不超过当季度订阅费的20%。
（四）乙方应每月向甲方提交服务报告，内容包括可用率、故障记录、处理时长和抵扣金额。
（五）计划内维护应安排在每日0:00至6:00之间，并提前48小时通知甲方；每月计划内维护累计不超过8小时。
（六）乙方应提供7×24小时服务热线和在线工单渠道，门店药师可直接报障。

六、数据安全与数据归属
（一）平台中的处方、患者信息、药品销售及医保结算数据归甲方所有。
（二）乙方有权对平台数据进行去标识化处理后，用于统计分析、产品改进及编制行业研究报告，该权利在合同终止后继续有效。
（三）乙方应将数据存储于中国境内，落实网络安全等级保护三级要求，对患者个人信息加密存储和传输，严格控制访问权限并保存操作日志。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施，并承担因其原因造成的全部损失和行政处罚责任。
（五）合同终止后30日内，乙方应将甲方数据完整导出交付甲方。
（六）乙方应配合甲方接受药品监督管理部门和医保部门的检查，并按监管要求提供处方流转日志。

七、保密
乙方对甲方的经营信息、会员信息和处方信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后仍然有效。
乙方应要求接触甲方信息的员工签署保密承诺。

八、知识产权
平台标准产品的知识产权归乙方所有。为甲方开发的接口程序、定制报表及相关文档归甲方所有，甲方可自由使用、修改并许可他人使用。
乙方保证平台不侵犯第三方知识产权，如因此引起纠纷，由乙方负责处理并承担全部责任。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但数据安全事件和故意违约造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（四）乙方平台故障导致门店无法正常调配处方药品的，乙方应配合甲方做好顾客解释和应急处置工作。
（五）乙方违反本合同数据条款导致甲方被监管部门处罚的，乙方应赔偿甲方因此遭受的全部损失。

十、分包
乙方不得将本合同项下的服务分包给第三方，经甲方书面同意的除外。
经同意分包的，乙方对分包方的行为承担全部责任。

十一、合同解除
乙方严重违约，经甲方书面通知后20日内未改正的，甲方有权解除合同，并要求乙方协助迁移数据、赔偿损失。
合同终止或解除后，乙方应在30日内配合甲方完成数据迁移，不得以任何理由扣留甲方数据；迁移完成后，乙方应删除其保存的甲方数据并出具书面说明。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、需求清单、接口说明。
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。本合同的变更须经双方书面确认。

甲方（盖章）：康和大药房连锁有限公司        乙方（盖章）：云方医药信息技术有限公司
授权代表：__________                        授权代表：__________
日期：2027年6月  日
"""

# ----------------------------------------------------------------------------------------------------------
# z04 — 市供水集团 二次供水泵房监控系统 年度运维, 竞争性磋商 — TXT, （1）（2）…
# ----------------------------------------------------------------------------------------------------------
H571Z04 = """二次供水泵房监控系统运维服务合同

项目编号：JCGS-CS-2027-021（竞争性磋商）
甲方（采购人）：江城市供水集团有限公司
乙方（成交供应商）：澄源智联科技有限公司

甲方通过竞争性磋商方式采购二次供水泵房监控系统运维服务，乙方为成交供应商。依据磋商文件、乙方响应文件及成交通知书，双方订立本合同，共同遵守。

（1）服务范围。乙方负责甲方所辖186座二次供水泵房监控系统的运行维护，包括现场PLC控制柜、水质在线仪表、视频及门禁设备、通信终端，以及集团泵房监控平台的巡检、维修、配置变更、备品备件更换和运行报告编制。乙方还负责监控平台的账号管理、报警规则维护、数据备份及与集团调度系统的数据接口维护。

（2）服务期限。自2027年3月1日起至2028年2月29日止。期满后本合同终止，不自动续期，甲方将依法重新组织采购。

（3）服务费用。合同总价为人民币肆拾玖万叁仟玖佰元整（¥493,900），为包干价，已包含人工、交通、工具、备品备件、检测及税费，明细如下：
    项目                  数量/单价                 金额（元）
    泵房现场运维          186座 × ¥2,150           399,900
    备品备件包干          1项                       58,000
    监控平台运维          1项                       36,000
    合计                                            493,900

（4）支付方式。服务费按季度支付。每季度结束后，乙方提交季度运维报告，甲方确认后15日内支付当季度服务费¥123,475。本合同不设预付款。

（5）进场接管。乙方应在服务期开始前完成人员进场、备件入库和系统交接，并与原运维单位共同签署交接清单。交接期间发现的原有设备缺陷应列入交接清单，由甲方确认后安排处理。

（6）巡检要求。乙方每月对每座泵房现场巡检一次，检查控制柜、仪表、视频、门禁和通信状态，校验水质仪表，填写巡检记录；巡检记录须附现场照片并上传监控平台；每季度对监控平台进行一次全面检查和数据备份。巡检中发现的隐患应当场处理；不能当场处理的，应在24小时内报告甲方并提出处理方案。

（7）故障响应。一级故障（泵房停水、水质仪表报警失效或监控平台整体中断）：乙方接报后30分钟内响应，2小时内到场，6小时内排除；二级故障（单项设备故障）：2小时内响应，24小时内排除；三级故障：48小时内处理完毕。故障排除后，乙方应在24小时内提交故障处理报告，说明原因、处理过程和预防措施。

（8）未达时限的处理。乙方未达到第（7）项时限的，应在3日内提交书面说明并限期整改。本合同不因此扣减服务费，也不另行计收违约金或赔偿。

（9）人员要求。乙方配备项目经理1名、驻场工程师6名，人员须持电工或自动化相关证书，驻场工程师应熟悉PLC编程和水质仪表校验，更换人员须提前7日书面告知甲方。项目经理应每月参加甲方组织的运维例会。乙方人员名单及联系方式应在进场前报甲方备案，驻场工程师应按甲方排班表在岗。

（10）服务验收。服务期满前15日，甲方按下列标准组织验收：全年巡检计划全部完成且记录完整；一级故障均在约定时限内排除；季度运维报告按时提交；备品备件台账与实物相符；平台数据备份完整可恢复。验收合格后出具验收意见。验收不合格的，乙方应在15日内整改，整改完成后甲方重新组织验收。

（11）数据与网络安全。泵房运行数据、水质数据、视频及用户信息归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。乙方运维账号实行实名管理，经甲方审批后使用，所有操作留痕；乙方不得擅自将监控网络接入外部网络或使用未经检测的移动存储介质。发生数据泄露或网络攻击等事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成数据泄露、系统被入侵或供水安全事件的，乙方承担全部赔偿责任。乙方应定期检查现场设备的账号口令，及时修补安全漏洞，并配合甲方开展网络安全检查和应急演练。

（12）成果归属。乙方在服务中形成的运维报告、配置文件、设备台账和技术文档归甲方所有。服务期满时，乙方应将全部运维资料整理归档并移交甲方或甲方指定的后续服务单位。

（13）分包。乙方不得将本合同服务转包或分包给第三方。

（14）违约责任。乙方未按期完成进场接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

（15）合同解除。本合同履行期间，双方均不得单方解除合同。乙方违反本合同约定的，甲方可要求其限期改正、继续履行，并按第（14）项追究违约责任，但不得以此为由解除合同。

（16）争议解决。本合同适用中华人民共和国法律。争议协商不成的，提交江城仲裁委员会仲裁。

（17）备品备件。乙方应在江城市区设立备件库，常备PLC模块、水质仪表探头、摄像机和通信终端等易损件，种类和数量不低于附件所列清单；更换下的旧件交回甲方。

（18）应急保障。遇暴雨、寒潮、停电等极端情况或重大活动保障期间，乙方应按甲方要求增派人员驻守重点泵房，并在接到通知后1小时内完成人员集结。乙方应每半年组织一次泵房停水和水质异常应急演练，并将演练记录报甲方。

（19）运行报告。乙方每月5日前提交上月运维月报，内容包括巡检完成情况、故障清单及处理时长、水质仪表校验记录、备件消耗和改进建议。每季度结束后10日内提交季度运维报告，并附水质仪表比对记录。

（20）安全生产。乙方人员进入泵房须遵守甲方泵房管理规定和安全操作规程，进入水箱间应按规定着装、消毒；乙方应为其人员购买人身意外伤害保险，乙方人员在作业中发生的人身伤害由乙方负责。

（21）廉洁。乙方不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益。乙方违反本项规定的，甲方可将其列入供应商不良行为记录。甲方工作人员索要不正当利益的，乙方有权向甲方纪检部门反映。

（22）不可抗力。因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。

（23）其他。磋商文件、响应文件及成交通知书为本合同组成部分，与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：江城市供水集团有限公司        乙方（盖章）：澄源智联科技有限公司
代表：__________                            代表：__________
日期：2027年2月  日
"""

# ----------------------------------------------------------------------------------------------------------
# z05 — 米粉厂 生产管理软件许可 + 定制开发, the supplier's template — MD with a markdown price table, ## 第X条
# ----------------------------------------------------------------------------------------------------------
H571Z05 = """# 生产管理软件许可及定制开发合同

（智禾软件标准合同文本 V3.2）

填写说明：本文本为乙方标准合同文本，双方可在附件中约定补充条款。

合同编号：ZH-MES-2027-057

甲方（用户）：桂香源米粉食品有限公司

乙方（供应商）：智禾工业软件有限公司

鉴于甲方拟在米粉生产线上线生产管理系统，以实现生产计划、原料配比、工艺参数和成品追溯的信息化管理，乙方为“智禾MES生产管理软件”的著作权人，双方根据《中华人民共和国民法典》的规定，经协商一致，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供“智禾MES生产管理软件”标准版永久许可，包括生产计划、配料、工艺、质量、仓储五个模块，用户数30个。
2. 乙方根据甲方需求进行定制开发：米浆发酵工艺参数管理、蒸粉及干燥线称重数据对接、批次追溯码打印。
3. 乙方负责安装部署、基础数据导入和操作培训。培训对象为甲方管理员及各车间班组长，培训时间不少于2天。
4. 各模块功能：生产计划模块按订单和库存生成日生产计划；配料模块管理大米、淀粉等原料的配比和称重记录；工艺模块记录浸泡、磨浆、发酵、蒸粉、干燥各工序参数；质量模块管理原料、过程和成品检验；仓储模块管理原料、包材和成品出入库。
5. 乙方交付软件安装介质、许可证书、用户手册和管理员手册。

## 第二条 合同价款

合同总价为人民币陆拾肆万元整（¥640,000），含税，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可（五个模块，永久许可，30个用户） | 420,000 |
| 2 | 定制开发（发酵参数、称重对接、追溯码打印） | 186,000 |
| 3 | 安装实施及培训 | 34,000 |
| | 合计 | 640,000 |

上述价格不包含服务器、数据库、操作系统等第三方软硬件，由甲方自行采购。

## 第三条 付款方式

1. 合同签订后7日内，甲方支付合同总价的65%，即¥416,000。
2. 软件上线运行后7日内，甲方支付合同总价的35%，即¥224,000。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停实施和技术支持。
4. 乙方在收到每期款项前开具增值税普通发票。

## 第四条 交付

1. 乙方在收到首期款后90日内完成安装部署和定制开发。因甲方需求变更、现场条件不具备等原因造成延期的，交付时间相应顺延。
2. 乙方不承担因交付延期产生的违约金或赔偿责任，但应积极采取补救措施。
3. 甲方应按乙方要求提供服务器、网络、数据库环境及现场称重设备接口资料，并指定项目联系人。甲方未按时提供的，由此造成的延期由甲方负责。
4. 实施过程中甲方提出需求变更的，双方另行确认工作量和费用。
5. 乙方根据项目进展安排实施人员，实施完成后出具上线确认单，由甲方签字。
6. 软件上线后，乙方提供为期两周的现场保障，协助甲方处理上线初期的操作问题。

## 第五条 验收

软件安装部署完成并上线运行，即视为甲方验收合格。甲方在上线后使用软件的，视为对全部交付成果的确认。甲方应在上线前完成最终用户培训及基础数据准备。

## 第六条 技术支持与维护

1. 自上线之日起六个月内，乙方提供免费维护，内容为软件缺陷修复。
2. 技术支持方式为电话、邮件和远程协助，服务时间为工作日9:00—17:30，乙方将尽合理努力及时处理甲方提出的问题。
3. 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的28%，即每年¥117,600，按年度支付。
4. 年度维护服务内容包括缺陷修复、版本升级和远程技术支持。
5. 下列情况不属于维护范围：甲方自行修改软件或数据库；因硬件、网络、操作系统或第三方软件造成的问题；因甲方操作不当造成的问题。乙方可以提供有偿服务，费用由双方另行协商。
6. 乙方有权根据产品规划对软件进行版本更新，年度维护期内的版本升级不另行收费。
7. 甲方需要乙方派员到现场服务的，应提前3个工作日通知乙方，乙方人员的差旅费用由甲方承担。

## 第七条 知识产权

1. 软件及其文档的知识产权归乙方所有。
2. 定制开发形成的程序、源代码、文档及其他成果的知识产权归乙方所有，乙方可将其用于其他客户项目，甲方在本合同约定范围内享有非独占的使用权，不得修改、转让或许可第三方使用。
3. 甲方不得对软件进行反向工程、反编译或反汇编，不得超出许可用户数使用软件。

## 第八条 数据

1. 甲方在软件中录入和产生的生产数据归甲方所有。
2. 甲方同意乙方对上述数据进行匿名化处理后，用于产品研发、工艺模型训练及向其他客户提供行业对标服务。
3. 乙方采取访问控制、加密备份和日志审计等措施保护甲方数据安全；发现数据泄露的，乙方应在24小时内通知甲方。因乙方原因导致甲方数据泄露的，乙方承担相应赔偿责任（受第十一条限制）。
4. 甲方应自行做好数据的日常备份。甲方数据因甲方原因丢失的，乙方可协助恢复，所需费用由甲方承担。

## 第九条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。保密信息不包括已经公开的信息、接收方已合法知悉的信息及依法应当披露的信息。一方违反保密义务给对方造成损失的，应承担赔偿责任。

## 第十条 合同解除

乙方严重违约，经甲方书面通知后30日内仍未纠正的，甲方可以解除合同。甲方逾期付款超过60日的，乙方可以解除合同。合同解除的，甲方已支付的款项不予退还，但因乙方严重违约导致解除的除外。

## 第十一条 责任限制

乙方在本合同项下的累计赔偿责任不超过合同总价的20%。乙方不承担间接损失、利润损失及数据恢复费用。任何一方对因不可抗力、第三方原因或对方原因造成的损失不承担责任。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼期间，除争议部分外，双方应继续履行本合同其余部分。

## 第十三条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的软件许可条款为准。

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方均不承担违约责任。双方往来通知以合同首页所列地址和联系人为准。附件：功能清单、定制开发需求说明。

甲方（盖章）：桂香源米粉食品有限公司        乙方（盖章）：智禾工业软件有限公司

代表：__________                            代表：__________

日期：2027年5月  日
"""

# ----------------------------------------------------------------------------------------------------------
# e01 — Ukrainian vendor (Lviv): warehouse management software, perpetual licences + services — PDF, Article N
# ----------------------------------------------------------------------------------------------------------
H571E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LWS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Lviv Warehouse Systems LLC, a company registered in Ukraine with its office at 14 Horodotska Street, Lviv, Ukraine (the "Vendor"), and Jiaxing Hengtong Cold Chain Logistics Co., Ltd., a company registered in the People's Republic of China with its office at 88 Xingye Road, Jiaxing, Zhejiang Province (the "Customer").
H:Recitals
P:A. The Customer operates two refrigerated distribution warehouses in Jiaxing and wishes to replace its spreadsheet-based stock control with a warehouse management system.
P:B. The Vendor develops and licenses the LWS Cold Chain WMS software and provides related implementation services.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LWS Cold Chain WMS server software, user licences and RF handheld licences listed in Article 3, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, configurations, label templates, reports and scripts written by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which both warehouses run receiving, put-away, picking and dispatch in the Software.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its warehouses in the People's Republic of China for its own business, for the number of users and devices purchased.
P:2.2 The Customer may make backup copies and may move the Software to replacement servers without additional fees. The Customer shall not decompile the Software except as permitted by law.
P:2.3 The Customer may increase the number of user or device licences at any time at the unit prices in Article 3 for two years after signature, and thereafter at the Vendor's list price less a discount of 20%.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,140,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:(a) WMS server licence|1|420,000|420,000
TB:(b) Named user licences|80|3,100|248,000
TB:(c) RF handheld device licences|60|1,900|114,000
TB:Licence subtotal|||782,000
TB:(d) Configuration and interfaces to the Customer's ERP, temperature monitoring system and carrier platform|1 lot|264,000|264,000
TB:(e) Data migration of item master, locations and opening stock|1 lot|58,000|58,000
TB:(f) Training of key users and administrators|1 lot|36,000|36,000
TB:Contract Price|||1,140,000
P:3.2 Prices include the Vendor's travel and expenses. Chinese value-added tax is included; any withholding tax required by PRC law is deducted from payments and the Customer shall provide the tax certificates.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 114,000) within 20 days after signature, against the Vendor's invoice.
P:4.2 55% of the Contract Price (CNY 627,000) within 20 days after Go-Live. Go-Live is not acceptance.
P:4.3 35% of the Contract Price (CNY 399,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Software licence keys within 10 days after signature and shall achieve Go-Live within 120 days after signature, following the project plan in Annex 1.
P:5.2 The Customer shall provide server hardware, network access, a project manager and key users for testing.
P:5.3 Each party shall appoint a project manager. The project managers shall meet weekly, by video conference or on site, to review progress, risks and open decisions, and the Vendor shall issue short written minutes after each meeting.
P:5.4 The Vendor's consultants shall work on site in Jiaxing during configuration testing, Go-Live and the first two weeks after Go-Live, and remotely at other times. The Vendor shall provide interpreters where its consultants do not speak Chinese.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for 30 days. The Customer shall then carry out final acceptance tests under the acceptance test plan in Annex 2.
P:6.2 The acceptance criteria are: all functions in the requirements list pass their test cases; stock counts in the Software match a physical count of 300 sampled locations; the ERP and carrier interfaces exchange all orders without error for 10 consecutive days; picking screens respond within 2 seconds for 60 concurrent users; and no Severity 1 defect is open.
P:6.3 If the criteria are met, the Customer signs the Final Acceptance Certificate. If not, the Vendor shall correct the defects within 15 days and the tests are repeated. Use of the Software in production is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the requirements list for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and answer support requests free of charge.
P:7.2 Severity 1 means that receiving, picking or dispatch is stopped in a warehouse. The Vendor shall respond to a Severity 1 request within 1 hour, at any time, and work continuously until a workaround is in place. Severity 2 requests are answered within 8 business hours.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall pay or credit CNY 600.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 86,020 per year, and this fee is fixed for the first three support years. Support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer on payment. The Customer may use, modify and license them freely. The Vendor shall hand over the source code and documentation at Final Acceptance.
H:Article 9 Customer Data
P:9.1 All data entered into or generated by the Software at the Customer's sites, including stock, orders, customer and temperature records ("Customer Data"), remains the property of the Customer. The Vendor may use Customer Data only to perform this Agreement and shall return or delete it at the end of the project.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.02% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:Article 12 Liability
P:12.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud or wilful misconduct.
P:12.2 Neither party is liable for loss of profit or indirect loss.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:14.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund payments made for services not performed.
P:14.3 On any termination, the licences for Software already paid for continue, and the Vendor shall deliver the Custom Deliverables completed up to the date of termination, with their source code, against payment for the work done.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to continue performance. Remote delivery shall be used where travel is not possible.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Changes must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal force.
P:17.2 Notices shall be given in writing to the addresses above, or by e-mail to the project managers with a confirmation copy by courier. Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.
P:For the Vendor: Lviv Warehouse Systems LLC    Name: ____________    Signature: ____________
P:For the Customer: Jiaxing Hengtong Cold Chain Logistics Co., Ltd.    Name: ____________    Signature: ____________
P:Date: ____ 2027
"""

# ----------------------------------------------------------------------------------------------------------
# e02 — Moldovan vendor (Chisinau): recruiting SaaS, Order Form + General Terms — MD, Section N.N
# ----------------------------------------------------------------------------------------------------------
H571E02 = """# ORDER FORM No. CC-2027-0342

**Vendor:** Codru Cloud SRL, 27 Stefan cel Mare Boulevard, Chisinau, Republic of Moldova ("Vendor")

**Customer:** Changsha Xiangwei Catering Management Co., Ltd., 19 Furong Middle Road, Changsha, Hunan Province, China ("Customer")

**Service:** Codru Hire, an online recruiting and applicant-tracking service for multi-site employers, provided as software-as-a-service

This Order Form is entered into under, and incorporates, the Codru Cloud General Terms set out below (together, the "Agreement"). Customer operates 140 restaurants in Hunan and Hubei and hires kitchen and floor staff throughout the year; it wishes to manage job postings, applications, interviews and offers in a single service.

## Part A. Order Details

**A.1 Subscription Term.** Two Subscription Years: the first from 1 September 2027 to 31 August 2028, the second from 1 September 2028 to 31 August 2029.

**A.2 Charges.** At the Customer's request all charges are stated and invoiced in Chinese yuan (CNY).

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Platform fee, per Subscription Year | 2 Subscription Years | 96,000 | 192,000 |
| Recruiter seats, per seat per Subscription Year | 150 seats x 2 Subscription Years | 520 | 156,000 |
| Onboarding (configuration, job templates, WeChat and careers-page integration, training) | one-time | 26,000 | 26,000 |
| **Total Contract Value** | | | **374,000** |

**A.3 Invoicing.** Subscription charges (CNY 174,000 per Subscription Year) are invoiced quarterly in advance in four equal instalments of CNY 43,500, payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days. There is no other advance payment.

**A.4 Go-Live.** Vendor shall complete onboarding and make the service ready for Go-Live Acceptance by 31 August 2027.

**A.5 Customer Contacts.** HR Director (business) and IT Manager (technical), as named in the signature block.

**A.6 Order of Precedence.** If this Order Form conflicts with the General Terms, this Order Form prevails. Any terms printed on Customer's purchase orders do not apply.

**A.7 Additional Seats.** Customer may add recruiter seats at any time at CNY 520 per seat per Subscription Year, charged pro rata for the remainder of the current Subscription Year and invoiced with the next quarterly instalment.

## Part B. General Terms

### Section 1. The Service

**1.1** Vendor shall provide the service described in the Order Form and its documentation to Customer's authorised users during the Subscription Term.

**1.2** Vendor may improve the service from time to time but shall not materially reduce its functions during the Subscription Term.

**1.3** Customer is responsible for the accuracy of the job postings and candidate communications it creates in the service.

**1.4** Vendor shall provide support in Chinese and English through the in-app help centre, e-mail and a telephone line, from 08:00 to 22:00 China Standard Time every day, and on call for Priority 1 incidents outside these hours. Customer shall appoint up to five administrators who may raise support requests.

### Section 2. Onboarding and Go-Live Acceptance

**2.1** Vendor shall configure the service for Customer's 140 restaurants, load Customer's job templates and approval flows, connect the WeChat official account and careers page, and train 20 HR staff.

**2.2** Go-Live Acceptance tests are: applications submitted through WeChat and the careers page arrive in the correct restaurant's pipeline; interview scheduling and offer approval work for every restaurant; the monthly hiring report matches a manual count for two sample restaurants; and 100 test candidates can be processed end to end without error.

**2.3** When the tests pass, Customer signs a Go-Live Acceptance certificate. Use of the service before that certificate is not acceptance.

**2.4** If Go-Live Acceptance is not achieved by the date in A.4 for reasons attributable to Vendor, Vendor shall pay CNY 300 for each day of delay, up to CNY 15,000 in total.

**2.5** Customer shall provide its job templates, approval rules, restaurant list and WeChat account credentials by 31 July 2027, and make its HR staff available for training. Delays caused by Customer extend the date in A.4 accordingly.

### Section 3. Service Levels

**3.1** Vendor shall make the service available 99.8% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

**3.2** Priority 1 incidents (the service is unavailable or candidates cannot apply) are responded to within 1 hour, at any time. Priority 2 incidents are responded to within 8 business hours.

**3.3** If monthly availability falls below the level in 3.1, Customer receives a service credit of 5% of that month's subscription charges for each 0.5 percentage point of shortfall, up to 25% of that month's charges. Credits are set off against the next invoice.

### Section 4. Customer Data and Security

**4.1** All data that Customer or candidates submit to the service, including candidate personal information, CVs, interview notes and offers ("Customer Data"), belongs to Customer. Vendor processes Customer Data only to provide the service to Customer and for no other purpose.

**4.2** Customer Data is hosted in a data centre in mainland China operated by a PRC cloud provider. Vendor shall maintain ISO 27001 certification, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs, and comply with the PRC Personal Information Protection Law.

**4.3** Vendor shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be responsible for the losses and regulatory costs that Customer suffers as a result of an incident caused by Vendor or its subcontractors.

**4.4** At the end of the Subscription Term Vendor shall make Customer Data available for export for 60 days and then delete it.

**4.5** Once in each Subscription Year, and after any security incident, Customer may audit Vendor's compliance with this Section by questionnaire and, on reasonable notice, by a remote or on-site review during business hours. Vendor shall provide its most recent ISO 27001 certificate and audit summary on request.

### Section 5. Subcontractors

**5.1** Vendor may use subcontractors and sub-processors, including hosting, messaging and support providers, to provide the service. Vendor shall notify Customer by email of any new subcontractor before it starts work. Vendor remains responsible for its subcontractors.

### Section 6. Confidentiality

**6.1** Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section survives termination for three years.

### Section 7. Intellectual Property

**7.1** Vendor owns the service and its underlying software. Customer receives a right to use the service during the Subscription Term.

**7.2** The job templates, approval flows, report layouts and careers-page content configured for Customer belong to Customer, and Customer may use, modify and license them freely, including with another provider.

### Section 8. Liability

**8.1** Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer in the six months before the event giving rise to the claim.

**8.2** Neither party is liable for indirect or consequential loss, or for loss of profit.

### Section 9. Term, Renewal and Termination

**9.1** The Agreement runs for the Subscription Term. It does not renew automatically; a further period requires a new Order Form signed by both parties.

**9.2** Either party may terminate the Agreement by written notice if the other commits a material breach that is not cured within 30 days after written notice.

**9.3** If Customer terminates under 9.2, Vendor shall refund any prepaid charges for the period after termination.

**9.4** On expiry or termination, Vendor shall give reasonable help to move Customer Data and configured templates to Customer or its new provider, in a standard format such as CSV or JSON, at no extra charge for the first ten working days of effort.

### Section 10. Governing Law and Disputes

**10.1** This Agreement is governed by the laws of the People's Republic of China.

**10.2** Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

### Section 11. General

**11.1** Notices shall be given in writing to the contacts in the Order Form. Neither party may assign this Agreement without the other's written consent. If any provision is invalid, the rest remains in force. This Agreement is the entire agreement of the parties on its subject.

**11.2** Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Customer may terminate if such an event prevents the service for more than 30 consecutive days.

**11.3** Neither party shall offer or give any bribe, kickback or improper benefit to the other party's employees in connection with this Agreement.

**Signed for Vendor:** Codru Cloud SRL, by ____________________ (Director), date ____________

**Signed for Customer:** Changsha Xiangwei Catering Management Co., Ltd., by ____________________ (HR Director), date ____________
"""

# ----------------------------------------------------------------------------------------------------------
# e03 — Azerbaijani vendor (Ganja): vineyard soil sensors + weather stations, buyer's paper — DOCX, numbered clauses
# ----------------------------------------------------------------------------------------------------------
H571E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR VINEYARD MONITORING EQUIPMENT
P:Contract No. HLW-PUR-2027-044
P:Buyer: Ningxia Helan Mountain Winery Co., Ltd., Jinshan Village, Yinchuan, Ningxia Hui Autonomous Region, China (the "Buyer").
P:Supplier: Ganja AgroSense LLC, 41 Javad Khan Street, Ganja, Republic of Azerbaijan (the "Supplier").
P:Background: The Buyer farms 620 hectares of vineyards at the foot of Helan Mountain and wants to irrigate and protect its vines on the basis of measured soil moisture and local weather. The Buyer invited quotations, and the Supplier's quotation of 12 March 2027 was selected. The parties therefore agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the probes, weather stations, gateways and accessories listed in clause 2.
P:1.2 "Software" means the monitoring software licence listed in clause 2, including its dashboards and alarm functions.
P:1.3 "System" means the Equipment and Software installed and working together at the Buyer's vineyards.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System and train the Buyer's staff. All prices are in Chinese yuan (CNY) and include delivery to the vineyards, import duties, taxes and insurance:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, three depths|240|1,450|348,000
TB:2|Automatic weather station (wind, rain, temperature, humidity, leaf wetness)|6|38,500|231,000
TB:3|LoRaWAN gateway with solar power kit|8|9,800|78,400
TB:4|Monitoring software, perpetual licence, unlimited users|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||753,400
TB:5|Installation, calibration and commissioning|1 lot|88,600|88,600
TB:6|Training of agronomists and technicians|1 lot|18,000|18,000
TB:|Contract Price|||860,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a working System, including cables, mounting poles, SIM cards for the first three years and one spare gateway.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 172,000) within 15 business days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 45% of the Contract Price (CNY 387,000) after all Equipment has been delivered and installed. Delivery and installation are not acceptance.
P:3.3 35% of the Contract Price (CNY 301,000) within 20 business days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the vineyards within 70 days after signature and complete installation before 30 June 2027, so that the System is working for the growing season.
P:4.3 The Buyer shall provide access to the vineyards, a secure store for the Equipment, power and network connection at the winery server room, and a guide for each installation team. The Buyer's agronomist shall approve the final probe locations before installation.
P:4.2 If the Supplier is late in delivery or installation for reasons attributable to it, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may also terminate the Contract.
H:5. Quality
P:5.1 All Equipment shall be new, of current manufacture and rated for outdoor use at temperatures from -30 to +55 degrees Celsius, with at least IP67 protection for probes and gateways.
P:5.2 The Supplier shall provide certificates of origin, test reports and calibration certificates for every probe and station.
P:5.3 The Equipment shall be packed for sea and road transport and protected against moisture and shock. Each package shall be marked with the contract number, the item numbers and the vineyard block where it will be installed.
P:5.4 The Supplier shall keep spare parts for the Equipment available for purchase for at least eight years after Final Acceptance.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for 30 consecutive days. Final Acceptance tests are then carried out by the Buyer with the Supplier present.
P:6.2 The acceptance criteria are: every probe and station reports to the Software at its configured interval on at least 29 of the 30 days; soil moisture readings at 20 sample points agree with gravimetric laboratory samples within 3 percentage points of volumetric water content; weather readings agree with the reference station at the winery within the tolerances in the Supplier's datasheet; frost and irrigation alarms reach the named staff by SMS within 5 minutes in tests; and no Severity 1 fault is open.
P:6.3 If all criteria are met, the Buyer signs the Final Acceptance Certificate. Otherwise the Supplier shall remedy the defects within 10 days and the tests are repeated. Use of the System before Final Acceptance is not acceptance.
P:6.4 At Final Acceptance the Supplier shall hand over as-built maps of all probe and station locations, the configuration of every gateway, calibration records, user and maintenance manuals in Chinese, and a list of spare parts with prices.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for 24 months from Final Acceptance. During this period it shall repair or replace any faulty item free of charge, including parts, labour, transport and site visits, and shall supply software updates free of charge.
P:7.2 After the warranty period, the Buyer may order annual support covering repair, replacement parts, software updates and recalibration. The annual support fee is 7% of the Hardware and Licence Subtotal, that is CNY 52,738 per year, fixed for three years after the warranty ends. Support is ordered each year by purchase order and does not renew automatically.
H:8. Support and Fault Response
P:8.1 Faults are classified and handled as follows:
TB:Severity|Meaning|Response|On-site attendance
TB:Severity 1|A gateway or the Software is down, or more than 20 probes stop reporting|1 hour (remote)|48 hours
TB:Severity 2|Up to 20 probes or one weather station stop reporting|8 business hours|5 business days
TB:Severity 3|Questions and minor faults|2 business days|not applicable
P:8.2 For each hour by which the Supplier misses a Severity 1 response time, it shall pay the Buyer CNY 500, and for each day by which it misses a Severity 1 on-site time, CNY 2,000. The Buyer may deduct these amounts from any sum due to the Supplier.
H:9. Data
P:9.1 All readings, alarms, maps, and configuration data produced by the System ("Buyer Data") belong to the Buyer. The Supplier may access Buyer Data only to install, support and maintain the System and shall not use it for any other purpose.
P:9.2 The Software shall run on the Buyer's server at the winery. The Supplier shall access it remotely only through the Buyer's VPN with an account approved by the Buyer for each session, shall not copy Buyer Data outside the Buyer's systems, and shall follow the Buyer's IT security rules.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any unauthorised access to Buyer Data that comes to its knowledge and shall be liable for losses caused by a security incident that results from its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's vineyard maps, yields, irrigation plans and other non-public information and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for three years after it ends.
H:11. Intellectual Property
P:11.1 The Software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it. The dashboards, alarm rules, maps and interface scripts made for the Buyer belong to the Buyer, which may use and modify them freely.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 9 or 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, and may claim its losses.
P:14.2 On termination for the Supplier's breach, the Buyer may keep the Equipment already delivered and installed and pay for it at the unit prices in clause 2, or return it at the Supplier's cost and receive a refund of the amounts paid for it.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:16. General
P:16.1 This Contract is made in English and Chinese, and both versions have equal force. Annex 1 (site plan and probe locations) and Annex 2 (acceptance test plan) form part of it.
P:16.2 Neither party is liable for delay caused by force majeure, such as earthquakes, floods, epidemics or government action, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
P:16.3 Notices shall be in writing, in English or Chinese, and sent to the addresses above. Changes to this Contract must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------
# e04 — Armenian vendor (Gyumri): managed IT service desk + endpoint management — MD, upper-case headings, schedules
# ----------------------------------------------------------------------------------------------------------
H571E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: SHR-MSA-2027-07

**BETWEEN**

Shirak Managed IT CJSC, a company incorporated in the Republic of Armenia, with its registered office at 5 Vardanants Square, Gyumri, Armenia (the "Provider"); and

Wuxi Huatai Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 36 Xinhua Road, Xinwu District, Wuxi, Jiangsu Province (the "Customer").

**BACKGROUND**

(A) The Customer manufactures brake and suspension components in two plants in Wuxi and has about 380 office and shop-floor computers, which its small IT team can no longer support on its own.

(B) The Provider runs a multilingual remote service desk and endpoint management service for manufacturing companies, with Mandarin-speaking staff and a partner field engineer in Wuxi.

(C) The Customer wishes to outsource its service desk and endpoint management to the Provider on the terms of this Agreement. At the Customer's request all charges are in Chinese yuan (CNY).

## 1. DEFINITIONS

In this Agreement: "Services" means the services described in Schedule 1; "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under clause 4; "Initial Term" means the period from 1 March 2027 to 28 February 2029; "Endpoint" means a desktop, laptop or shop-floor terminal listed in the Customer's asset register; "Incident" means an unplanned interruption or reduction in the quality of an IT service.

## 2. SERVICES

2.1 The Provider shall provide the Services described in Schedule 1 for the Endpoints and users of the Customer during the Initial Term and any Renewal Term.

2.2 The Provider shall provide the Services with suitably qualified staff, following the Customer's IT policies and the reasonable instructions of the Customer's IT manager.

2.3 The Customer shall provide remote access through its VPN, administrator accounts approved by its IT manager, and a workspace for the Provider's field engineer at each plant.

2.4 The Provider shall name a service manager who is responsible for the Services, attends the monthly review and is the first point of escalation. The Provider shall not replace the service manager without giving the Customer at least 30 days' notice and a suitable successor.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,055,040.

3.2 The Monthly Charges are invoiced monthly in arrears and are payable within 30 days after receipt of a correct invoice. The Transition Fee is invoiced after the Service Commencement Date. No advance payment is due under this Agreement.

3.3 Additional Endpoints are charged at the per-Endpoint rate in Schedule 2 from the month after they are added.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete the transition activities in Schedule 1, Part B, by 28 February 2027.

4.2 Service commencement criteria: all Endpoints enrolled in the endpoint management tool and reporting patch and antivirus status; the service desk telephone line, e-mail address and portal working in Mandarin; the knowledge base loaded with at least 60 Customer procedures; and a two-week parallel run in which all tickets are logged and handled within the times in Schedule 3.

4.3 When the criteria are met, the Customer signs the Service Commencement Certificate. If they are not met, the Provider shall correct the shortfalls within 10 days and the Customer shall check again.

4.4 If the Service Commencement Date is later than 1 March 2027 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay, up to CNY 40,000.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3 and report its performance monthly, with a list of all Priority 1 and Priority 2 Incidents and their handling times.

5.2 The service levels are targets. A failure to meet them does not give rise to service credits, reductions of the charges or damages. Where a service level is missed in two consecutive months, the Provider shall prepare a written improvement plan and discuss it with the Customer at the next monthly review.

## 6. DATA PROTECTION AND SECURITY

6.1 All data held on the Endpoints and in the Customer's systems, including personal information of employees ("Customer Data"), belongs to the Customer. The Provider may access Customer Data only as needed to perform the Services and shall not copy, keep or use it for any other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's VPN with named accounts and multi-factor authentication, shall keep logs of all administrator sessions, shall not transfer Customer Data outside the People's Republic of China, and shall comply with the PRC Personal Information Protection Law and Data Security Law.

6.3 The Provider shall report any security incident affecting Customer Data to the Customer within 12 hours, help contain it, and be liable for the losses, costs and fines that the Customer suffers from an incident caused by the Provider's breach of this clause.

## 7. CONFIDENTIALITY

7.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. This obligation applies during the Agreement and for three years after it ends.

## 8. INTELLECTUAL PROPERTY

8.1 Scripts, procedures, knowledge-base articles and configurations written by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider. The Provider's own tools remain its property.

## 9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct, personal injury and breach of clause 6, which are not limited.

## 10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The partner field engineer named in Schedule 1 is approved by signature of this Agreement.

## 11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 At the end of the Initial Term, and of each Renewal Term, this Agreement renews automatically for a further period of 24 months (a "Renewal Term") unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

11.3 The Provider may increase the Monthly Charges with effect from the start of each Renewal Term by up to 6%, by written notice to the Customer at least 120 days before the end of the current term.

## 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

12.2 On expiry or termination, the Provider shall give reasonable exit assistance for up to 60 days, return all Customer Data and delete its copies.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi.

## 14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent. Changes to this Agreement and its Schedules must be in writing and signed by both parties. Notices shall be sent to the addresses above or to e-mail addresses notified in writing. If any provision is invalid, the rest of this Agreement remains in force.

## SCHEDULE 1: SERVICES

| Part | Service | Description |
|---|---|---|
| A | Service desk | Mandarin and English, telephone, e-mail and portal, 07:00 to 23:00 China Standard Time, seven days a week; on-call for Priority 1 outside these hours |
| A | Endpoint management | Patching, antivirus, software distribution, inventory and remote support for all Endpoints |
| A | Field support | Partner field engineer at the Wuxi plants, two days a week per plant and on call for Priority 1 |
| A | Reporting | Monthly service report and monthly review meeting |
| B | Transition | Asset register check, tool roll-out, knowledge transfer from the Customer's IT team, parallel run |

## SCHEDULE 2: CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Endpoint management | 380 Endpoints x CNY 62 per month x 24 months | 565,440 |
| Service desk and field support, fixed | CNY 18,400 per month x 24 months | 441,600 |
| Monthly Charges, Initial Term | CNY 41,960 per month | 1,007,040 |
| Transition Fee | one-time | 48,000 |
| **Total Contract Value** | | **1,055,040** |

## SCHEDULE 3: SERVICE LEVELS

| Priority | Meaning | Response | Resolution |
|---|---|---|---|
| Priority 1 | A production line, the ERP or more than 20 users cannot work | 30 minutes | 6 hours |
| Priority 2 | One user or one shop-floor terminal cannot work | 2 hours | 1 business day |
| Priority 3 | Service requests and minor faults | 8 business hours | 3 business days |

**SIGNED** for the Provider: ____________________ (Director)    **SIGNED** for the Customer: ____________________ (General Manager)

Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------
# e05 — Georgian vendor (Kutaisi): marine weather and port data API subscription — TXT, numbered clauses
# ----------------------------------------------------------------------------------------------------------
H571E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. KMD-API-2027-118

PARTIES

(1) Kolkhida Marine Data LLC, a limited liability company registered in Georgia, with its office at 12 Tamar Mepe Street, Kutaisi, Georgia ("Provider").

(2) Qingdao Haixing Seafood Trading Co., Ltd., a company registered in the People's Republic of China, with its office at 7 Xianggang East Road, Laoshan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

A. The Customer imports frozen seafood by sea and plans shipments, cold-store bookings and customs clearance around vessel arrivals.

B. The Provider collects vessel position, port congestion and marine weather data from its own and licensed sources and offers it through an application programming interface (the "API").

C. The Customer wishes to subscribe to the API and to have the Provider integrate it with the Customer's shipment planning system. At the Customer's request all fees are stated and paid in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS.

1. DEFINITIONS

1.1 "Subscription Year" means each of the two periods of consecutive months starting on 1 October 2027 and on 1 October 2028, the second ending on 30 September 2029 (together, the "Subscription Term").

1.2 "Provider Data" means the vessel, port and weather data supplied by the Provider through the API.

1.3 "Customer Data" means the Customer's shipment lists, vessel watch lists, API queries, user accounts and any reports or alerts produced for the Customer from them.

1.4 "Integration" means the connector, alert rules and dashboard that the Provider builds to bring Provider Data into the Customer's shipment planning system.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, up to 300,000 calls per month, and to use Provider Data within its own business, including sharing reports based on it with its forwarders and customers.

2.2 The Customer shall not resell Provider Data as a data product.

2.3 The Provider shall issue API keys to the Customer's named administrators. The Customer shall keep its API keys secure and may rotate or revoke them at any time through the Provider's portal.

2.4 The Provider shall give at least 90 days' written notice before withdrawing or changing any API endpoint used by the Integration, and shall keep the previous version running during that period.

3. FEES

3.1 The fees are:

   Item                                              Amount (CNY)
   API subscription, Subscription Year 1             138,000
   API subscription, Subscription Year 2             138,000
   Integration (connector, alert rules, dashboard)    12,000
   Total Contract Value                              288,000

3.2 Calls above the monthly allowance are charged at CNY 0.20 per call, invoiced monthly; they are not part of the Total Contract Value.

3.3 Subscription fees are invoiced quarterly in arrears in instalments of CNY 34,500. The Integration fee is invoiced after the Customer accepts the Integration. All invoices are payable within 30 days. No advance payment is due.

3.4 The fees include all taxes payable by the Provider in Georgia. Any withholding tax required by PRC law is deducted from payments, and the Customer shall provide the tax certificates. The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall deliver the Integration by 15 October 2027.

4.2 Acceptance criteria: the connector loads positions for every vessel on the Customer's watch list at least every 15 minutes; congestion and weather alerts for the ports of Qingdao, Dalian, Busan and Tokyo reach the named users within 5 minutes of the change in the API; the dashboard shows estimated arrival, berth waiting time and wind and wave forecasts for each shipment; and 10 business days of operation pass without a Priority 1 incident.

4.3 When the criteria are met, the Customer signs an acceptance note. Use of the Integration before that note is not acceptance. If the criteria are not met, the Provider shall correct the faults within 7 days and the tests are repeated.

4.4 If the Integration is not accepted by 15 November 2027 for reasons attributable to the Provider, the Provider shall pay CNY 250 for each day of delay, up to CNY 10,000.

4.5 With the Integration the Provider shall deliver API documentation, a data dictionary, an operations guide in Chinese and English, and two hours of remote training for the Customer's logistics planners.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, measured by the Provider's monitoring at one-minute intervals, excluding scheduled maintenance of up to two hours per month announced at least three days in advance.

5.2 Priority 1 incidents (the API is unavailable, or data for a watched vessel is more than 60 minutes old) are responded to within 1 hour, at any time, and the Provider shall work continuously to restore the service. Priority 2 incidents are responded to within 1 business day.

5.3 If availability in a month is below the level in 5.1, the Customer receives a credit against the next invoice of 10% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly fee. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each hour of delay.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the subscription and the Integration to the Customer, shall not combine it with data of other customers, and shall not use it for any other purpose, during or after the Subscription Term.

6.2 The Provider shall keep Customer Data in a data centre in mainland China operated by a PRC cloud provider, encrypt it in transit and at rest, restrict access to named engineers with multi-factor authentication, log all access and comply with the PRC Personal Information Protection Law and Data Security Law.

6.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for losses, costs and fines that the Customer suffers as a result of an incident caused by the Provider.

6.4 At the end of the Subscription Term the Provider shall return Customer Data in a standard format and delete its copies within 30 days.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's shipment plans and suppliers, use it only for this Agreement, and not disclose it without the other party's prior written consent. This clause continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The API and Provider Data remain the property of the Provider and its licensors.

8.2 The Integration, including its source code, alert rules and dashboard layouts, belongs to the Customer, which may use, modify and license it freely. The Provider shall deliver the source code on acceptance.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. The limit does not apply to breach of clause 6 or clause 7, wilful misconduct or fraud.

9.2 The Provider does not guarantee that weather forecasts or estimated arrival times will prove correct, but shall deliver the data it receives without undue delay or alteration.

9.3 The Provider warrants that it has the right to supply Provider Data to the Customer for the uses in clause 2.1 and shall defend the Customer against any claim by a third party that such use infringes its rights.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the Integration or the operation of the API without the Customer's prior written consent. Licensed data sources are not subcontractors.

11. TERM, RENEWAL AND TERMINATION

11.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 On termination by the Customer under 11.2, the Provider shall refund fees paid for any period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of Georgia.

12.2 Any dispute shall first be discussed in good faith by senior managers for 30 days. If it is not settled, either party may refer it to the Georgian International Arbitration Centre in Tbilisi, Georgia, under its rules, before a sole arbitrator, in English.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above or to e-mail addresses given by each party. This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

13.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. The Customer may terminate if such an event prevents use of the API for more than 30 consecutive days.

13.3 Neither party shall offer or give any bribe or improper benefit to the other party's employees in connection with this Agreement.

SIGNED

For the Provider: ______________________ (Director)          Date: ____________

For the Customer: ______________________ (General Manager)   Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------
# Files, labels and design
# ----------------------------------------------------------------------------------------------------------
FILES = {
    "h571z01": ("h571z01_market_regulation_special_equipment_platform.pdf", "zh", H571Z01),
    "h571z02": ("h571z02_paper_mill_dryer_control_retrofit.docx", "zh", H571Z02),
    "h571z03": ("h571z03_pharmacy_chain_eprescription_saas.txt", "zh", H571Z03),
    "h571z04": ("h571z04_water_group_pump_room_monitoring_om.txt", "zh", H571Z04),
    "h571z05": ("h571z05_rice_noodle_mes_supplier_template.md", "zh", H571Z05),
    "h571e01": ("h571e01_cold_chain_wms_licence_ukraine_vendor.pdf", "en", H571E01),
    "h571e02": ("h571e02_recruiting_saas_order_form_moldova_vendor.md", "en", H571E02),
    "h571e03": ("h571e03_vineyard_sensors_supply_azerbaijan_vendor.docx", "en", H571E03),
    "h571e04": ("h571e04_managed_service_desk_armenia_vendor.md", "en", H571E04),
    "h571e05": ("h571e05_marine_data_api_georgia_vendor.txt", "en", H571E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
TARGETS = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# per draft: category, term overrides, extra, design-only facts (fee base for TCO, forum), designed rule list
DESIGN = {
    "h571z01": dict(category="software", value=2130000, fee_base=1180000, terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
        contract_kind="goods_or_licence"), capped=True, rules=[]),
    "h571z02": dict(category="hardware", value=1108000, fee_base=966000, terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=20, final_payment_on_acceptance=True,
        warranty_months=24, post_warranty_fee_pct=9, subcontract_without_consent=True,
        contract_kind="goods_or_licence"), capped=True, rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h571z03": dict(category="cloud", value=744000, terms=dict(
        availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
        liability_cap_pct=200, auto_renewal_price_increase=True),
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h571z04": dict(category="services", value=493900, terms=dict(
        p1_response_hours=0.5, sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.1,
        termination_for_breach=False),
        rules=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h571z05": dict(category="software", value=640000, fee_base=420000, sla_clause=False, ld_stated=False,
        deemed=True, terms=dict(
        sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, liability_cap_pct=20, prepayment_pct=65,
        acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=28,
        subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"), capped=True,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
               "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
               "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h571e01": dict(category="software", value=1140000, fee_base=782000, terms=dict(
        p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.02, liability_cap_pct=150,
        prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
        contract_kind="goods_or_licence"), capped=True, rules=["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "h571e02": dict(category="cloud", value=374000, terms=dict(
        availability_pct=99.8, p1_response_hours=1, ld_rate_per_day_pct=300 / 374000 * 100,
        liability_cap_pct=6 / 24 * 100, subcontract_without_consent=True),
        rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h571e03": dict(category="hardware", value=860000, fee_base=753400, terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
        contract_kind="goods_or_licence"), capped=True, rules=[]),
    "h571e04": dict(category="services", value=1055040, terms=dict(
        p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=800 / 1055040 * 100, liability_cap_pct=150,
        auto_renewal_price_increase=True), rules=["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "h571e05": dict(category="cloud", value=288000, forum_outside=True, terms=dict(
        availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=250 / 288000 * 100,
        liability_cap_pct=200, governing_law="Georgia"), rules=["CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def make_label(key):
    d = DESIGN[key]
    terms = dict(BASE)
    terms.update(d["terms"])
    extra = {"sla_clause": d.get("sla_clause", True), "ld_stated": d.get("ld_stated", True)}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    name, lang, _ = FILES[key]
    label = {"file": name, "language": lang, "category": d["category"],
             "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra}
    label["expected_rules"] = derive_rules(label, d)
    return label


def tco_share(label, d):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised
    licence / hardware subtotal; purchase price + implementation = the contract value."""
    t, x = label["expected_terms"], label["expected_extra"]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = d["fee_base"] * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(label, d):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = label["expected_terms"], label["expected_extra"]
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(label, d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------
# Threshold scan
# ----------------------------------------------------------------------------------------------------------
ZN = "零〇一二三四五六七八九十百两"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99[.．]90*(?!\d)" + PCT, r"百分之九十九点九(?![" + ZN + "])"],
    "P1 4 h": [r"(?<![\d.])4\s*(?:个\s*)?小\s*时", r"(?<![" + ZN + r"])四\s*(?:个\s*)?小\s*时",
               r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)\b", r"\bfour[\s-]*hours?\b", r"\bfour\s*\(4\)\s*hours?",
               r"(?<![\d.])240\s*(?:分\s*钟|minutes?|mins?)", r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0[.．]050*(?!\d)" + PCT, r"万分之五(?![" + ZN + r"\d])", r"千分之零点五(?![\d" + ZN + "])",
                      r"(?<![\d.])0[.．]50*(?!\d)\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?:[.．]0+)?(?!\d)" + PCT, r"百分之(?:一)?百(?![" + ZN + "])",
                  r"\bone\s+hundred\s+per\s*cent", r"\bone\s+hundred\s+percent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:[.．]0+)?(?!\d)" + PCT, r"百分之三十(?![" + ZN + "点])", r"三成",
                        r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*个\s*月", r"(?<![" + ZN + r"])十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?\b",
                           r"\btwelve[\s-]*months?\b", r"(?<![" + ZN + r"])一\s*年", r"(?<![" + ZN + r"])壹年",
                           r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b", r"\ba\s+year\b"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:[.．]0+)?(?!\d)" + PCT, r"百分之十五(?![" + ZN + "点])",
                           r"\bfifteen\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:[.．]0+)?(?!\d)" + PCT, r"百分之四十(?![" + ZN + "点])", r"四成",
                 r"\bforty\s+per\s*cent"],
    "horizon 5 years": [r"(?<![\d.])5\s*年", r"(?<![" + ZN + r"])五\s*年", r"(?<![\d.])5[\s-]*years?\b",
                        r"\bfive[\s-]*years?\b", r"(?<![\d.])60\s*个?\s*月", r"(?<![\d.])60[\s-]*months?\b",
                        r"\bsixty[\s-]*months?\b", r"六十\s*个\s*月"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}

MUST_HIT = ["99.9%", "99.9 %", "可用率99.90%", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours",
            "4-hour", "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%",
            "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "40 %", "四成", "百分之四十", "5年", "5 年",
            "五年", "five years", "five-year", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "14小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "2027年3月", "万分之五十", "万分之三", "服务年度", "Subscription Year", "24个月", "二十四个月", "130%",
             "1100%", "0.055%", "140%", "1.5%", "0.4%", "第十一条", "14 hours", "112 months", "25年", "2030年6月30日",
             "15日内", "30日", "40,000", "100 test candidates", "someone yearly", "first three years"]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


def hits(text):
    out = []
    for name, pats in COMPILED.items():
        for p in pats:
            for m in p.finditer(text):
                out.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return out


def scan(text, where):
    found = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nospace", re.sub(r"\s+", "", text))):
        if variant == "nospace":
            # English word patterns cannot be judged without spaces; keep digit and Chinese patterns
            found += [(variant,) + h for h in hits(t) if not re.search(r"[A-Za-z]", h[1])]
        else:
            found += [(variant,) + h for h in hits(t)]
    assert not found, "threshold figure in %s: %s" % (where, found[:5])


# ----------------------------------------------------------------------------------------------------------
# Read back
# ----------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, lang, src) in FILES.items():
        if key not in TARGETS:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
    covered = set()
    report = []
    for key, (name, lang, src) in FILES.items():
        scan(src, key + " source")
        text = read_back(OUT / name)
        scan(text, name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        label = make_label(key)
        d = DESIGN[key]
        assert label["expected_rules"] == sorted(d["rules"]), (key, label["expected_rules"], d["rules"])
        share = tco_share(label, d) if label["expected_terms"]["contract_kind"] == "goods_or_licence" else None
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        covered |= set(label["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((name, lang, n, lo <= n <= hi, label["expected_rules"], risk(label["expected_rules"]), share))
    for row in report:
        print("%-58s %s %5d %-5s %-6s tco=%s %s" % (row[0], row[1], row[2], "OK" if row[3] else "OUT", row[5],
                                                    None if row[6] is None else round(row[6], 2), ",".join(row[4])))
    missing = set(ALL_RULES) - covered
    print("uncovered rules:", sorted(missing))
    assert not missing
    # the mix
    risks = {r[0][:7]: r[5] for r in report}
    nrules = {r[0][:7]: len(r[4]) for r in report}
    assert [k for k, v in nrules.items() if v == 0] == ["h571z01", "h571e03"]
    assert DESIGN["h571e05"]["rules"] == ["CR-GOVERNING-LAW"] and risks["h571e05"] == "low"
    assert nrules["h571z05"] >= 8
    assert sorted(v for k, v in nrules.items() if k not in ("h571z01", "h571e03", "h571e05", "h571z05")) == [2, 2, 2, 3, 3, 3]
    bad = [r[0] for r in report if not r[3]]
    assert not bad, "length out of range: %s" % bad
    # no label value on a threshold
    for key in FILES:
        t = make_label(key)["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
    print("all checks passed")


if __name__ == "__main__":
    main()
