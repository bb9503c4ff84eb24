"""holdout412 generator: writes the ten contract files (z01 .pdf, z02 .docx, z03 .txt, z04 .txt, z05 .md,
e01 .pdf, e02 .md, e03 .docx, e04 .md, e05 .txt) and their .json labels, derives every draft's expected rules from its
own labels (my own reading of policy.md section 3, no project code), checks them against the design list, asserts that
all 20 CR rules fire, reads every built file back, measures its length and scans it for threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, markup for word_pdf)
H412Z01 = """
T:江川市水务局农村供水信息化管理平台采购合同
P:合同编号：JCSW-2026-ZC-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江川市水务局　　地址：江川市滨河路88号
P:乙方（供应商）：江川汇泽智慧水务科技有限公司　　地址：江川市高新区创业大道16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件（项目编号JCZC-2026-0412）、乙方投标文件和中标通知书，甲乙双方经协商一致，就农村供水信息化管理平台的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村供水信息化管理平台软件许可（永久使用），并完成定制开发、部署实施和培训，实现全市127座农村集中供水工程和单村水站的水量、水质、水压在线监测、工单管理和移动巡检。
P:1.2 定制开发内容以招标文件技术需求和双方确认的《需求规格说明书》为准，包括水厂监测数据接入、水质超标预警、巡检移动端、与省级农村供水管理系统的数据对接及统计报表。
P:1.3 平台应支持不少于300个并发用户，满足省级农村供水管理考核的数据报送要求，并兼容甲方现有的水质在线监测设备。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），含税，为固定总价。分项如下：
P:（1）平台基础软件许可 ¥680,000；（2）GIS一张图组件许可 ¥260,000；（3）移动巡检端许可 ¥240,000；以上软件许可小计 ¥1,180,000；（4）定制开发 ¥760,000；（5）部署实施 ¥146,000；（6）培训 ¥34,000。
P:2.2 合同总价包含乙方履行本合同所需的全部费用（含差旅、第三方测评配合、税费），甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥424,000。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥954,000。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥742,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按国库集中支付程序办理。
P:3.5 乙方应在合同签订后10个工作日内提交合同总价5%的履约保证金（¥106,000），最终验收合格后无息退还。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成定制开发和部署，并提交初步验收申请；初步验收后进入试运行，试运行期为60日。
P:4.2 平台部署于甲方指定的市级政务云，乙方不得将平台或数据部署于其他环境。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格，未经甲方同意不得更换；乙方应每周向甲方提交项目周报，说明进度、问题和风险。
H:第五条 验收
P:5.1 初步验收标准：（1）《需求规格说明书》所列功能全部实现；（2）127座供水工程监测数据全部接入，数据上报间隔不超过15分钟；（3）与省级系统对接联调通过；（4）第三方软件测评机构出具功能和安全测试报告且无高风险问题。
P:5.2 最终验收标准：试运行60日内无一级故障，常用页面响应时间不超过3秒，乙方提交全部文档、源代码和运维手册。
P:5.3 验收由甲方组织，邀请专家参加，出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内平台月可用率不低于99.95%。故障分为三级：一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障1个工作日内响应。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减¥1,000；月可用率每低于约定值0.01个百分点扣减¥2,000；扣减款从应付款或履约保证金中抵扣。
P:6.4 乙方应为甲方及各乡镇水务站培训不少于120人次，并提供操作手册和视频教程。
P:6.5 质保期满后，甲方如需继续维护，年度维护费不超过软件许可小计的8%（即每年不超过¥94,400），前三个维护年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 定制开发形成的软件、源代码、数据接口、报表模板及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台基础软件及组件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属水务站所。
P:7.3 乙方保证其提供的软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台运行中产生和存储的监测数据、用户信息、业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密传输、日志审计等措施，运维访问须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任和相应法律责任。
P:8.4 合同终止时，乙方应向甲方移交全部数据，并删除其持有的任何副本。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、供水设施位置、网络结构等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定且两次整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:11.1 乙方不得将本合同项目转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江川市水务局　　代表：__________　　日期：2026年5月__日
P:乙方（盖章）：江川汇泽智慧水务科技有限公司　　代表：__________　　日期：2026年5月__日
"""

# ---------------------------------------------------------------- z02 (docx, Word price table)
H412Z02 = """
T:硫化机控制系统改造及维保合同
P:合同编号：HL-SB-2026-031
P:甲方（买方）：山东华轮轮胎有限公司　　地址：东营市广饶县经济开发区轮胎路6号
P:乙方（卖方）：青岛科锐工业自动化有限公司　　地址：青岛市城阳区华城路218号
P:鉴于甲方半钢子午线轮胎车间40台双模硫化机的原控制系统已停产、备件短缺，甲方经比选确定由乙方实施控制系统改造并提供维保服务，双方根据《中华人民共和国民法典》订立本合同。
H:1. 合同标的
P:1.1 乙方负责40台硫化机的PLC控制柜、触摸屏、温度压力传感器的供货、拆旧安装和调试，提供硫化工艺管理软件许可，完成工艺配方迁移及与甲方MES系统的接口开发。
P:1.2 改造须分批停机实施，每批不超过8台，不得影响甲方其余机台的正常生产。
P:1.3 乙方提供的设备须为全新原厂产品，触摸屏和传感器须符合附件1技术规格，并随货提供合格证和出厂检验报告。PLC、触摸屏须为同一品牌系列，便于甲方统一备件和维修。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），含13%增值税，包含设备、软件、运输、保险、安装、调试、培训及乙方人员差旅等全部费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含电气元件）|40套|28,500|1,140,000
TB:2|触摸屏HMI|40套|6,200|248,000
TB:3|温度/压力传感器组|160组|1,150|184,000
TB:4|硫化工艺管理软件许可（永久）|1套|326,000|326,000
TB:|硬件及软件小计|||1,898,000
TB:5|拆旧、安装及调试|1项|212,000|212,000
TB:6|配方迁移及MES接口开发|1项|146,000|146,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合计|||2,280,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥228,000）。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%（¥1,140,000）。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 全部机台改造完成并通过最终验收后，甲方支付合同总价的35%（¥798,000）。
P:3.4 合同总价的5%（¥114,000）作为质量保证金，质保期满且无未决质量问题后支付。
P:3.5 乙方每次收款前应开具等额增值税专用发票。
H:4. 工期
P:4.1 乙方应于合同生效后45日内完成全部设备到货，120日内完成全部40台硫化机改造。
P:4.2 乙方应在每批改造前7日提交施工方案，经甲方设备部确认后实施；停机时间按甲方生产计划安排，单批停机不超过48小时。
P:4.3 乙方现场人员应遵守甲方安全生产管理制度，动火、登高及电气作业须办理作业票。因乙方原因发生安全事故的，由乙方承担责任。
H:5. 验收
P:5.1 每批机台改造完成后连续生产72小时，温度控制精度±1℃、压力控制精度±0.02MPa、硫化时间误差不超过2秒，合格后双方签署单批确认单。
P:5.2 全部机台改造完成后试运行30日，期间无因控制系统引起的停机和质量事故，配方数据与MES接口数据核对一致，乙方提交图纸、程序备份和操作手册后，双方签署最终验收报告。
P:5.3 设备投入生产使用不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
P:5.4 最终验收由甲方设备部、工艺部、质量部和生产车间共同参加，验收记录由各方签字确认，乙方应提供每台硫化机改造前后的参数对比表。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费更换故障部件、免费修复软件缺陷。
P:6.2 故障响应：一级故障（硫化机停机或控制失效）乙方应在1小时内响应、6小时内到达现场；二级故障（单项功能异常）8小时内到达现场；三级故障在下一次巡检时处理。乙方每季度进行一次现场巡检。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付¥800；同一机台在一个月内因同一原因停机两次以上的，乙方应免费更换相关部件。
P:6.4 质保期满后，乙方提供有偿维保服务，年度维保费为硬件及软件小计的9%，即每年¥170,820，前三个维保年度不上调。维保合同按年度签订，不自动续期。
P:6.5 乙方应在甲方现场储备常用备件（PLC模块、触摸屏、传感器各不少于2套），质保期内备件消耗由乙方免费补足。维保服务包括季度巡检、程序备份、故障处理、软件升级及工艺参数优化建议，响应时限同6.2条。
H:7. 知识产权
P:7.1 乙方为本项目开发的PLC程序、配方迁移程序、MES接口程序及其源代码、图纸的知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 硫化工艺管理软件的知识产权归乙方所有，乙方授予甲方永久使用许可。
P:7.3 乙方保证所提供的软件和程序不侵犯第三方知识产权。
H:8. 数据安全
P:8.1 硫化工艺配方、生产数据属于甲方的核心数据，归甲方所有。乙方仅为改造和维保目的接触上述数据，不得复制、带离或用于其他客户。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN及堡垒机接入，操作全程留痕。
P:8.3 发生数据泄露或损毁的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或维保结束后，乙方应删除其留存的甲方数据并出具书面说明。
H:9. 保密
P:9.1 双方对在合同履行中获知的对方技术信息、商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。乙方人员不得拍摄甲方车间和工艺画面，离场时应交还全部技术资料。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方提供的设备不符合约定的，甲方有权要求更换，由此产生的费用和停机损失由乙方承担。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:11. 分包
P:11.1 乙方可将现场电气安装、线缆敷设工作交由具备资质的第三方施工单位完成，但应提前3个工作日书面告知甲方，并对第三方的工作质量和安全承担责任。
H:12. 合同解除
P:12.1 乙方逾期超过30日，或改造后的机台经两次整改仍不合格的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:12.2 合同解除后，乙方应退还已收取的未完成部分款项，并移交已完成部分的程序和资料。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交东营仲裁委员会仲裁。
H:14. 其他
P:14.1 因不可抗力不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明。
P:14.2 本合同附件包括：附件1技术规格书、附件2改造实施计划、附件3备件清单、附件4验收记录表，附件与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：山东华轮轮胎有限公司（盖章）　　乙方：青岛科锐工业自动化有限公司（盖章）
"""

# ---------------------------------------------------------------- z03 (txt)
H412Z03 = """门店会员及私教排课管理系统SaaS服务合同

合同编号：DL-IT-2026-009

甲方（客户）：成都动岭健身管理有限公司
地址：成都市武侯区天府大道北段1700号
乙方（服务商）：杭州课立方网络科技有限公司
地址：杭州市西湖区文三路478号

鉴于甲方在成都、重庆两地经营36家健身门店，需要统一的会员管理和私教排课系统，乙方拥有"课立方"云平台并具备相应服务能力，双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过"课立方"云平台向甲方总部及36家门店提供会员管理、私教排课、团课预约、储值卡与课时包核销、教练绩效统计等SaaS服务。
（二）乙方负责实施工作，包括历史会员数据迁移、门店及课程配置、与甲方收银系统和门禁闸机的对接、店长及前台培训。
（三）平台标准功能的版本升级免费提供，升级前应提前5日通知甲方，涉及门店操作流程的重大变更应征得甲方同意。
（四）服务期为三个服务年度，自2026年8月1日起至2029年7月31日止。

二、服务费用
（一）门店服务费：每家门店每服务年度¥4,800，36家门店合计每服务年度¥172,800。
（二）总部管理模块服务费：每服务年度¥36,000。
（三）实施费（一次性）：¥93,600。
（四）合同总价为人民币柒拾贰万元整（¥720,000），即每服务年度服务费¥208,800乘以三个服务年度，加实施费¥93,600。新增门店按每店每服务年度¥4,800按月折算，开通应在5个工作日内完成。
（五）上述费用均含6%增值税，乙方应开具增值税专用发票。

三、付款方式
（一）服务费按季度结算。每个季度结束后15个工作日内，甲方凭乙方发票支付当季服务费¥52,200。
（二）实施费在上线验收合格后15个工作日内一次性支付。
（三）本合同不设预付款。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付滞纳金。

四、实施与上线验收
（一）乙方应于2026年9月30日前完成全部实施工作并提交上线验收申请。
（二）上线验收标准：1.约42,000名会员资料及课时包、储值余额迁移后与甲方原系统逐条核对无差异；2.36家门店收银和门禁对接测试全部通过；3.私教约课、签到、核销全流程在试点门店运行14日，无一级故障。
（三）验收合格后双方签署上线验收单。门店试用系统或甲方支付服务费，不视为上线验收合格。
（四）乙方未能于2026年9月30日前通过上线验收的（因甲方原因除外），每逾期一日向甲方支付违约金¥600。
（五）实施期间乙方指派专职项目经理，每周提交实施进度报告；门店切换应安排在营业低峰时段，避免影响会员签到。乙方为每家门店的店长、前台和私教主管提供现场或线上培训，并提供操作视频。

五、服务水平
（一）平台月度可用率不低于99.5%。计划内维护应安排在凌晨2:00至6:00之间并提前3日通知甲方，不计入不可用时间。
（二）一级故障（会员无法签到、约课或核销）乙方应在30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、1个工作日内解决；三级故障（咨询及优化建议）2个工作日内答复。
（三）服务抵扣：当月可用率低于承诺值的，按当月服务费的5%抵扣；一级故障超时恢复的，每次按当月服务费的2%抵扣。抵扣款从下一季度服务费中扣除。
（四）乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
（五）乙方提供7×24小时在线客服和服务热线，门店店长可直接报障。因甲方网络、收银设备或门禁设备故障导致的问题，不计入平台不可用时间，但乙方应协助排查。
（六）乙方应每日备份数据，备份保留不少于30日，并每季度进行一次恢复演练。

六、数据
（一）会员信息、消费记录、课程及签到记录等全部业务数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守《个人信息保护法》《数据安全法》，平台通过网络安全等级保护第三级测评，会员手机号、身份证号加密存储，后台访问按最小权限授权并留存操作日志。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此向会员支付的赔偿和被监管部门处以的罚款。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。
（五）乙方不得通过平台向甲方会员推送与甲方无关的广告或营销信息。
（六）甲方有权每个服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供第三方测评报告。

七、知识产权
（一）"课立方"平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、课程配置模板以及收银、门禁对接程序的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证平台不侵犯第三方知识产权；发生侵权争议的，由乙方负责处理并承担甲方因此遭受的损失。

八、保密
双方对履行本合同中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。乙方员工应签署保密承诺，乙方对其员工的泄密行为承担责任。

九、续期与价格调整
（一）服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权根据其届时的价格政策上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方应于续期前30日书面通知甲方调整后的价格。

十、责任限制
乙方在本合同项下的累计赔偿责任，以索赔事件发生前六个月内甲方已实际支付的服务费总额为限。乙方故意或重大过失造成的损失不受此限。

十一、分包
乙方使用的云资源服务商为阿里云。乙方更换云资源服务商或将本合同任何部分分包给第三方，须事先取得甲方书面同意。乙方对其云资源服务商的行为向甲方负责。

十二、合同解除
（一）乙方严重违约，或平台连续两个月未达到承诺可用率，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未用的服务费。
（二）甲方无故拖欠服务费超过60日的，乙方可书面催告后解除合同。
（三）合同终止后，乙方应配合数据迁移，并提供不少于30日的只读访问期。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；不可抗力持续超过30日的，双方可协商解除合同。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《门店清单》、附件二《功能清单》、附件三《服务水平考核细则》、附件四《数据迁移方案》为本合同组成部分。

甲方：成都动岭健身管理有限公司（盖章）      代表：__________
乙方：杭州课立方网络科技有限公司（盖章）    代表：__________
签订日期：2026年7月__日
"""

# ---------------------------------------------------------------- z04 (txt)
H412Z04 = """临江市公安局出入境预约服务系统运维服务合同

项目编号：LJCG-2026-CS-058（竞争性磋商）
甲方（采购人）：临江市公安局
地址：临江市人民路1号
乙方（成交供应商）：临江政通信息技术有限公司
地址：临江市经开区软件园B座6层

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市公安局出入境预约服务系统（含网上预约、现场取号、短信通知、后台管理）的运维服务，经协商一致订立本合同。本项目资金为财政性资金，已列入甲方部门预算。

第一条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同自动终止，后续运维由甲方依法重新采购，不自动续期。服务期内如系统因上级公安机关统一部署进行迁移或升级，乙方应予配合，相关工作量计入功能优化人日。

第二条 服务内容
（1）驻场运维：乙方派驻2名工程师在甲方出入境管理支队工作日驻场，负责系统监控、故障处理、数据备份和日常巡检；
（2）远程技术支持：节假日及夜间提供7×24小时电话和远程支持；
（3）安全巡检及等级保护测评配合：每季度进行一次漏洞扫描和基线核查，配合甲方完成等保测评及整改；
（4）功能优化：按甲方需求进行小型功能优化，服务期内合计不超过60人日，每项优化须经甲方书面确认需求并在上线前完成测试；
（5）系统安全加固：操作系统、数据库和中间件的补丁更新及安全配置核查；
（6）高峰期保障：春节、暑期、国庆等出入境高峰期，乙方增派1名工程师驻场；
（7）应急管理：乙方应在进场后15日内提交应急预案，并每半年组织一次应急演练；
（8）培训：每半年对甲方窗口工作人员开展一次系统使用培训；
（9）每月提交运维月报，每季度提交运维季报。

第三条 服务费用
乙方的报价依据其响应文件中的服务方案和人员配置，甲方确认的服务范围变化不超过功能优化人日的，不调整合同价款。合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：驻场运维¥312,000；远程技术支持¥68,000；安全巡检及等保测评配合¥54,000；功能优化¥52,000。上述价格为固定总价，含税，包括乙方人员工资、社保、差旅、工具软件及税费等全部费用，服务期内不作调整。

第四条 付款方式
服务费按季度支付。每季度结束后，经甲方按第六条考核确认，甲方在15个工作日内支付当季服务费¥121,500。本合同不设预付款。乙方应开具合法发票；甲方付款按财政国库集中支付规定办理。

第五条 服务水平
（1）预约系统每月可用率不低于99.95%（经甲方同意的计划停机除外）；
（2）一级故障（系统整体不可用、号源无法发放或预约数据异常）：15分钟内响应，1小时内到达现场，2小时内恢复；
（3）二级故障（部分功能不可用）：30分钟内响应，8小时内解决；
（4）三级故障（一般问题及咨询）：1个工作日内解决；
（5）每日完成数据库增量备份，每周完成全量备份，备份恢复演练每季度一次；
（6）运维月报应在次月5日前提交，内容包括系统运行情况、故障统计、巡检结果和优化建议；
（7）乙方应建立运维工单台账，记录报障时间、响应时间、处理过程和恢复时间，甲方可随时查阅，并可据此核对运维月报。

第六条 服务考核
（1）甲方每季度按照《运维服务考核表》对乙方进行考核，考核内容包括可用率、故障响应与恢复、巡检、报告及驻场出勤。
（2）考核不达标的，乙方应在10个工作日内提交整改报告并完成整改，甲方有权对整改结果进行复核，并将复核结果记入乙方履约档案。
（3）考核表满分为100分，其中可用率25分、故障响应与恢复35分、巡检及报告20分、驻场出勤20分，考核结果作为甲方今后采购评审的参考。
（4）服务水平未达标的，甲方不扣减服务费，乙方亦不因此支付违约金或其他补偿。

第七条 进场交接
（1）乙方应于2026年7月1日前完成人员进场及与原运维单位的交接。
（2）交接完成标准：系统账号和权限清单移交完毕、全部运维文档核对无缺失、完成一次备份恢复演练、驻场人员通过甲方政审及岗前培训。双方签署交接确认书，交接确认书作为第四条首期付款的依据之一。
（3）驻场人员名单、资质及联系方式应报甲方备案。未经甲方同意，乙方不得更换驻场人员；确需更换的，应提前10日书面申请，并保证新人员具备同等资质。
（4）乙方未按期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第八条 数据安全
（1）系统中的预约数据、公民个人信息、证件信息及日志均属于甲方所有，乙方仅可为履行运维职责接触，不得复制、下载、留存或用于任何其他目的。
（2）乙方人员应在甲方指定终端上操作，不得使用个人设备，不得将数据带离甲方场所；运维操作须经甲方审批，全程记录并接受审计。
（3）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并依法承担相应法律责任。
（4）乙方人员须遵守公安机关保密和信息安全管理规定，不得私自连接互联网与公安信息网，不得使用未经登记的移动存储介质。
（5）乙方应配合公安机关的网络安全检查和等级保护测评，对发现的问题及时整改，整改结果书面报甲方科技信息化部门备案。
（6）合同终止时，乙方应交回全部账号、门禁卡和资料，由甲方核验注销。

第九条 保密
乙方及其驻场人员对履行合同中知悉的警务工作秘密、系统架构、账号口令等负有保密义务，驻场人员须签署保密承诺书。乙方应定期对驻场人员进行保密教育。保密义务不因合同终止而解除，驻场人员离岗后仍应遵守。

第十条 知识产权
乙方在运维过程中编写的脚本、优化代码、运维文档和报告，其知识产权归甲方所有，乙方应同时交付源代码。乙方运维使用的第三方工具软件应为正版，由乙方承担相应费用。

第十一条 分包
乙方不得将本合同的任何部分转包或分包给第三方，亦不得以劳务派遣等方式变相分包。

第十二条 合同解除
本合同服务期内，除不可抗力致使合同目的无法实现外，任何一方均不得单方解除合同。乙方违约的，甲方可要求其限期整改，并按第七条追究违约责任，但不以此解除合同。

第十三条 争议解决
因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。

第十四条 其他
（1）服务期满或合同终止时，乙方应在15日内向甲方或甲方指定的新运维单位完成交接，移交全部文档、脚本、账号和运维记录，并提供不少于15日的过渡支持。
（2）因不可抗力不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
（3）磋商文件、响应文件、成交通知书均为本合同组成部分。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方：临江市公安局（盖章）          代表：__________
乙方：临江政通信息技术有限公司（盖章）  代表：__________
签订日期：2026年6月__日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template)
H412Z05 = """# 溯源云码质量追溯管理系统软件许可及定制开发合同

**（乙方标准合同文本 V3.0）**

合同编号：SYYM-HT-2026-0215

甲方（买方）：湖北久味食品有限公司（卤制品生产厂）
地址：武汉市东西湖区食品工业园九味路3号

乙方（卖方）：武汉溯源云码信息技术有限公司
地址：武汉市洪山区光谷大道77号

甲方为实现鸭脖等卤制品从原料入库、卤制加工、出厂检验到门店销售的全程质量追溯，向乙方采购"溯源云码"质量追溯管理系统软件许可及定制开发服务。双方经协商，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供"溯源云码"质量追溯平台软件许可及相关模块许可（永久使用）。

1.2 乙方根据甲方卤制工艺进行定制开发，包括卤制工艺流程配置、配料称量设备数据对接、出厂检验记录及批次赋码，使每一批鸭脖、鸭翅等产品均可通过包装上的追溯码查询原料批次、卤制班组、检验结果和冷链温度。

1.3 乙方负责系统部署、初始化配置及操作培训。

1.4 本合同项下软件许可仅限甲方在武汉市东西湖区的生产厂区使用；新增生产厂区，或门店扫码查询覆盖的门店超过300家的，须另行购买许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云码质量追溯平台软件许可（标准版，永久） | 620,000 |
| 2 | 原料验收及批次管理模块许可 | 160,000 |
| 3 | 冷链温控及门店扫码查询模块许可 | 120,000 |
| | 软件许可小计 | 900,000 |
| 4 | 定制开发（卤制工艺流程、配料称量对接、出厂检验） | 300,000 |
| 5 | 实施部署及培训 | 60,000 |
| | 合同总价 | 1,260,000 |

合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），含税。上述价格不含甲方现场所需的服务器、扫码枪、标签打印机等硬件设备，该等设备由甲方自行采购并承担费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥819,000。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥441,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付滞纳金，乙方并有权暂停实施和技术支持。

3.4 乙方收到款项后15个工作日内开具增值税普通发票。

## 第四条 实施周期

4.1 乙方计划在收到首期款后60日内完成部署和定制开发，具体进度以双方确认的实施计划为准。

4.2 因甲方未及时提供场地、设备、数据或确认需求导致延误的，实施周期相应顺延。

4.3 甲方应指定项目联系人，负责需求确认和协调，并在乙方提出问题后3个工作日内答复。

4.4 需求确认后甲方提出变更的，乙方有权另行收取费用并顺延工期，变更费用按乙方人员每人日¥2,500计算。

## 第五条 上线与验收

5.1 乙方完成系统部署并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统录入生产或检验数据的，视为对系统功能和质量的确认。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷提供免费修复。

6.2 免费维护期内，乙方每季度对系统进行一次远程巡检。因甲方操作不当、擅自修改或第三方设备故障引起的问题，不属于免费维护范围。

6.3 免费维护期内乙方提供远程技术支持；如需现场服务，甲方承担乙方人员的差旅费用。

## 第七条 技术支持

乙方通过服务热线、远程协助等方式为甲方提供技术支持，并将尽商业上合理的努力及时处理甲方反映的问题。技术支持时间为工作日9:00至18:00，甲方应通过乙方工单系统提交问题，乙方按提交顺序处理。

## 第八条 维保服务

8.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可小计的25%，即每年¥225,000，按维保年度在年度开始前支付。

8.2 维保服务内容包括软件缺陷修复、版本升级和远程技术支持。

8.3 甲方未购买维保服务的，乙方不再提供缺陷修复和版本升级；甲方此后重新购买的，应补缴中断期间的维保费。

## 第九条 知识产权

9.1 平台软件及本合同项下定制开发成果（包括源代码、工艺流程配置、接口程序及文档）的知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，或提供给任何第三方使用。

9.3 甲方如需修改定制功能，应另行委托乙方开发，费用另计。

## 第十条 数据

10.1 甲方录入系统的业务数据归甲方所有。

10.2 乙方采取访问控制、传输加密、每日备份等措施保护甲方数据，乙方运维人员访问甲方系统须使用实名账号；发生数据泄露的，乙方应在48小时内通知甲方，因乙方原因造成的，乙方依第十二条承担赔偿责任。

10.3 乙方有权在脱敏处理后，将甲方的生产、检验及追溯数据用于产品改进、行业质量分析，以及向其他客户提供的行业基准报告。

10.4 甲方应自行做好服务器及网络环境的安全防护；因甲方环境原因导致的数据损失，乙方不承担责任。

## 第十一条 保密

双方对在合作中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。本合同价格属于乙方商业秘密，甲方不得向第三方透露。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方在本合同项下的累计赔偿责任（含违约责任和数据相关责任）不超过合同总价的20%，且不承担任何间接损失、利润损失。

12.3 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作的费用。

## 第十三条 合作伙伴

乙方可根据项目需要，将部分实施、开发工作委托其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作成果向甲方负责。

## 第十四条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同因甲方原因解除的，乙方已收取的款项不予退还。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 不可抗力

因不可抗力不能履行合同的，受影响方不承担责任，但应及时通知对方并提供证明。

## 第十七条 其他

本合同附件包括《功能清单》《定制开发需求说明》《实施计划》，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖北久味食品有限公司　　　　乙方（盖章）：武汉溯源云码信息技术有限公司

代表签字：__________　　　　　　　　　　　代表签字：__________

日期：2026年3月__日
"""

# ---------------------------------------------------------------- e01 (pdf, markup for word_pdf)
H412E01 = """
T:Software Licence and Services Agreement
P:Agreement No. KMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Inner Mongolia Qingyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Jinqiao Road, Hohhot, Inner Mongolia (the "Customer"); and
P:(2) Kahikatea Milk Systems Limited, a company incorporated in New Zealand with its registered office at 42 Tuam Street, Christchurch 8011, New Zealand (the "Supplier").
P:Background: The Customer collects raw milk from 64 contracted farms and operates two processing plants. It wishes to replace its milk-collection, herd-quality and laboratory records with the Supplier's KMS Dairy Quality software, licensed perpetually and implemented by the Supplier. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KMS Dairy Quality server software, the named-user licences and the Laboratory Module listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the tanker-route import tool, the report templates and configurations prepared by the Supplier for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Licensed Software at the Customer's sites, including farm, tanker, sample and laboratory records.
P:1.4 "Go-Live" means the first day on which the Licensed Software is used for the Customer's production milk intake at both plants.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the Customer's own servers in the People's Republic of China for the internal business of the Customer and its subsidiaries.
P:2.2 The Supplier shall install and configure the Licensed Software, develop the Custom Deliverables, migrate three seasons of historical records, and train the Customer's staff, all as described in the Statement of Work attached as Annex A.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,560,000, fixed, inclusive of all taxes and the Supplier's travel costs, made up as follows:
P:(a) KMS Dairy Quality server licence, CNY 620,000; (b) 40 named-user licences at CNY 6,500 each, CNY 260,000; (c) Laboratory Module licence, CNY 180,000; Licence Subtotal CNY 1,060,000;
P:(d) implementation and configuration, CNY 310,000; (e) ERP interface and data migration, CNY 148,000; (f) training, CNY 42,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 156,000) within 30 days after signature, against the Supplier's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 858,000) within 30 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 546,000) within 30 days after the Final Acceptance Certificate is signed.
P:4.4 Each payment is made by bank transfer to the Supplier's account against a valid invoice. Go-Live and any payment do not mean that the Customer has accepted the Licensed Software or the Custom Deliverables.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall achieve Go-Live within 120 days after signature and shall present the system for Final Acceptance within 60 days after Go-Live.
P:5.2 If the Supplier fails to meet either date for reasons not attributable to the Customer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. If the delay exceeds 45 days the Customer may terminate under Article 15.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests shall show that: (a) every function listed in Annex A works as described; (b) milk intake records from all 64 farms for 30 consecutive days reconcile with the weighbridge and ERP records without unexplained differences; (c) laboratory results are imported from the two analysers without manual re-entry; and (d) no Severity 1 defect has occurred in the last 20 days of the test period.
P:6.2 When the tests are passed the Customer shall sign a Final Acceptance Certificate within 10 business days. If a test fails, the Supplier shall correct the defect at its own cost and repeat the test. Installation, use in production or payment is not acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation for 18 months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall correct all defects free of charge, supply all updates and new versions, and provide remote and, where needed, on-site support at no additional cost.
H:Article 8 Support Levels
P:8.1 Defects are classified as Severity 1 (milk intake or laboratory release stopped at a plant), Severity 2 (a major function impaired with a workaround) and Severity 3 (all other defects and questions).
P:8.2 The Supplier shall respond to a Severity 1 defect within 1 hour, 24 hours a day, and restore operation within 8 hours. It shall respond to a Severity 2 defect within 2 business hours and resolve it within 3 business days, and answer a Severity 3 defect within 2 business days.
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall credit CNY 1,000 against the next amount payable by the Customer, and for each business day by which it exceeds a Severity 2 resolution time, CNY 500.
H:Article 9 Post-Warranty Support
P:9.1 After the Warranty Period the Customer may order annual support from the Supplier. The annual support fee is 11% of the Licence Subtotal, that is CNY 116,600 for each support year, and shall not increase during the first three support years. Any later change requires the written agreement of both parties and may not exceed 3% per support year.
P:9.2 Support is ordered by purchase order for each support year and does not renew automatically. Post-warranty support includes the same services and response times as Article 8.
H:Article 10 Intellectual Property
P:10.1 The Supplier retains all intellectual property in the Licensed Software. All intellectual property in the Custom Deliverables vests in the Customer on creation. The Supplier shall deliver their source code with the Final Acceptance Certificate, and the Customer may use, modify and license them freely, including to third parties who maintain them.
P:10.2 The Supplier shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Supplier may process Customer Data only to perform this Agreement and on the Customer's written instructions, and shall not copy it outside the Customer's systems or use it for any other purpose.
P:11.2 The Supplier shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with approval for each session, and shall comply with the Personal Information Protection Law and Data Security Law of the People's Republic of China. Test data for migration shall be provided by the Customer in masked form.
P:11.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by its personnel, shall help the Customer to contain it, and shall be liable for the losses the Customer suffers as a result.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including prices, recipes, farm data and system designs, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to Articles 10.2, 11 and 12, or to death, personal injury or wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or in the case described in Article 5.2. The Supplier shall then refund the amounts paid for the parts not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of New Zealand.
P:16.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the New Zealand International Arbitration Centre, seated in Auckland, in English.
H:Article 17 General
P:17.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as earthquakes, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The dates in Article 5 are extended by the period of such an event.
P:17.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation of receipt.
P:17.3 This Agreement, with Annex A (Statement of Work) and Annex B (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms)
H412E02 = """# Tallowood FacilityDesk — Order Form No. TW-ORD-2026-0387

**Supplier:** Tallowood Software Pty Ltd (ABN 41 603 118 275), Level 9, 120 Eagle Street, Brisbane QLD 4000, Australia ("Tallowood")

**Customer:** Shanghai Huiju Property Management Co., Ltd., 1288 Pudong Avenue, Pudong New Area, Shanghai, People's Republic of China ("Customer")

This Order Form is governed by the Tallowood General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Order Details

| Item | Description | Quantity | Charge (CNY) |
|---|---|---|---|
| FacilityDesk Professional subscription | Work orders, preventive maintenance, inspections, resident requests mobile app | 46 managed properties, up to 420 named users | 268,000 per Subscription Year |
| Onboarding package | Configuration, import of asset registers, two integrations, training | One-time | 46,000 |

- **Subscription Term:** two Subscription Years, from the Subscription Start Date of 1 September 2026 to 31 August 2028.
- **Currency:** at the Customer's request all charges are stated and invoiced in Chinese yuan (CNY).
- **Total Contract Value:** CNY 582,000 (CNY 268,000 for each of two Subscription Years plus CNY 46,000 onboarding).
- **Billing:** Subscription Fees are invoiced quarterly in arrears at CNY 67,000 per quarter. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date.
- **Payment terms:** 30 days from the date of a valid invoice.
- **Hosting region:** Alibaba Cloud, Shanghai region. Customer Data is stored and processed in mainland China only.
- **Approved sub-processors:** Alibaba Cloud (hosting) and Tencent Cloud SMS (notifications).
- **Go-Live date:** 15 October 2026.

## Onboarding and Go-Live Acceptance

1. Tallowood shall configure FacilityDesk for the 46 properties listed in Annex 1, import the Customer's asset registers, connect the Customer's access-control system and the payment gateway, and train 40 key users.
2. Go-Live Acceptance requires that (a) all asset records are imported and reconciled against the Customer's registers with no unexplained differences, (b) both integrations pass the agreed test scripts, (c) a pilot at three properties runs for ten business days without a Priority 1 incident, and (d) the Customer signs a Go-Live Acceptance Certificate. Use of the service during the pilot is not acceptance.
3. If Go-Live Acceptance is not achieved by the Go-Live date for reasons attributable to Tallowood, Tallowood shall pay the Customer CNY 500 for each day of delay, deducted from the next invoice.

Signed for Tallowood: ____________________  Signed for the Customer: ____________________

---

# Tallowood General Terms (Version 2026.2)

## Section 1 Services

1.1 Tallowood shall provide the subscribed service to the Customer during the Subscription Term in accordance with the Order Form, the documentation and these General Terms.

1.2 The Customer may permit its employees and contractors to use the service within the named-user limit. Additional users may be ordered at the per-user rate in the Order Form, prorated to the end of the current Subscription Year.

## Section 2 Term and Renewal

2.1 The Subscription Term is stated in the Order Form.

2.2 The subscription does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## Section 3 Service Levels

3.1 Tallowood shall make the service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 Incidents are classified as Priority 1 (the service is unavailable or work orders cannot be created), Priority 2 (a major function is impaired) and Priority 3 (other issues). Tallowood shall respond to a Priority 1 incident within 30 minutes and restore service within 6 hours, respond to a Priority 2 incident within 2 hours and resolve it within 2 business days, and respond to a Priority 3 incident within 1 business day.

3.3 If monthly availability falls below the level in Section 3.1, Tallowood shall credit 5% of the quarterly Subscription Fee for each full 0.5 percentage point of shortfall, up to 25% of that fee. For each Priority 1 incident not restored within 6 hours, Tallowood shall credit CNY 1,000. Credits are deducted from the next invoice.

3.4 Tallowood shall publish a monthly service report showing availability, incidents and credits.

## Section 4 Customer Data

4.1 As between the parties, the Customer owns all data that the Customer and its users submit to the service, including resident, property, asset and work-order records ("Customer Data").

4.2 Tallowood may use Customer Data to provide, secure and support the service for the Customer.

4.3 Tallowood may also collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the service to improve its products, develop new features and publish facility-management benchmarks for its other customers, during and after the Subscription Term. Such data shall not identify the Customer, any property or any individual.

4.4 Tallowood shall implement and maintain administrative, physical and technical safeguards that protect Customer Data, including encryption in transit and at rest, role-based access controls, logging of administrator access, and an information security programme certified to ISO/IEC 27001. The service is hosted under a Level 3 filing under the Multi-Level Protection Scheme.

4.5 Tallowood shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take all reasonable steps to contain it, and shall bear the costs of notification and remediation and the Customer's direct losses that result from its breach of Section 4.4.

4.6 Within 30 days after the end of the Subscription Term, Tallowood shall return Customer Data in a standard format and then delete it, and shall certify the deletion in writing.

## Section 5 Intellectual Property

5.1 Tallowood owns the service, the software and the documentation, including all improvements to them.

5.2 Workflows, forms, report templates and integration scripts configured or written specifically for the Customer ("Customer Configurations") belong to the Customer. The Customer may use, modify and copy them, and allow any third party to use them, without restriction.

## Section 6 Confidentiality

6.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with the Order Form, shall use it only to perform or receive the service, and shall disclose it only to its personnel and advisers who need to know it and are bound by similar duties.

6.2 These obligations survive for three years after the end of the Subscription Term.

## Section 7 Sub-processors and Subcontractors

7.1 Tallowood may use the sub-processors approved in the Order Form. Tallowood shall not engage any other sub-processor or subcontractor for the service without the Customer's prior written consent, and remains responsible for the acts of every sub-processor and subcontractor.

## Section 8 Fees and Taxes

8.1 Fees are stated in the Order Form and are fixed for the Subscription Term. Fees are inclusive of value-added tax at the applicable rate, and Tallowood shall issue valid Chinese VAT invoices through its Shanghai service entity.

8.2 Late payments bear interest at 0.02% per day on the overdue amount after written notice.

## Section 9 Warranties

9.1 Tallowood warrants that the service will perform materially in accordance with the documentation and that it will not materially reduce the functions of the service during the Subscription Term.

## Section 10 Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Tallowood's total liability arising out of or in connection with the Order Form and these General Terms shall not exceed the Subscription Fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 Section 10.2 does not limit liability for death or personal injury, fraud or wilful misconduct.

## Section 11 Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.2 On termination for Tallowood's breach, Tallowood shall refund any prepaid fees for the period after termination and provide the assistance in Section 4.6.

## Section 12 Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The language of arbitration shall be English and Chinese.

## Section 13 General

13.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents performance for more than 45 days, either party may terminate the Order Form by written notice, and Tallowood shall refund any fees paid for the period after termination.

13.2 The Order Form and these General Terms are the entire agreement of the parties on their subject and replace all earlier proposals. Any change must be in writing and signed by both parties; terms in Customer purchase orders or Tallowood click-through screens do not apply.

13.3 Notices shall be in writing and sent to the addresses in the Order Form. Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.
"""

# ---------------------------------------------------------------- e03 (docx, Word price table, buyer's paper)
H412E03 = """
T:Purchase Contract for Cold Store Temperature and Humidity Monitoring Equipment
P:Contract No. HXCL-PUR-2026-062
P:Buyer: Wuhan Hengxin Cold Chain Logistics Co., Ltd., 66 Gangcheng Road, Dongxihu District, Wuhan, Hubei, People's Republic of China (the "Buyer").
P:Supplier: Maplegrove Sensing Inc., 305 King Street West, Kitchener, Ontario N2G 1B9, Canada (the "Supplier").
P:The Buyer operates a cold store of 42,000 square metres with 18 chambers for frozen and chilled food. Following its request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. This contract is issued on the Buyer's standard terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the sensors, door contacts, gateways and monitoring software listed in clause 2, install and commission them in all 18 chambers, the loading docks and the anteroom, calibrate every sensor, configure the alarm rules and the reports required by the Buyer's food-safety system, and train the Buyer's staff.
P:1.2 The system shall record the temperature and humidity of every chamber at intervals of no more than 5 minutes, send alarms by SMS and the mobile app when a limit is exceeded, and keep the records for at least three years on the Buyer's server.
P:1.3 The Supplier shall coordinate its work with the Buyer's refrigeration contractor and its warehouse operations. Work inside chambers at low temperature shall be planned with the Buyer's warehouse manager, and the Supplier's staff shall wear protective clothing and follow the Buyer's safety rules, including the lock-out rules for doors and forklifts.
P:1.4 Training covers twelve operators and four maintenance technicians, two days on site in Chinese, with written materials for each participant.
H:2. Price
P:2.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 850,000, fixed, including delivery to the Buyer's site (DDP Wuhan), duties, value-added tax and all travel costs:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|504|820|413,280
TB:2|Door-contact sensor|96|360|34,560
TB:3|LoRaWAN gateway with 4G backup|12|9,800|117,600
TB:4|ColdWatch server software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||733,440
TB:5|Installation and commissioning|1|86,000|86,000
TB:6|Calibration with traceable certificates|1|21,560|21,560
TB:7|Training|1|9,000|9,000
TB:|Contract Price|||850,000
H:3. Payment
P:3.1 No advance payment is made under this contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 552,500) within 30 days after the Supplier delivers all equipment and both parties sign the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 297,500) within 30 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against a valid Chinese VAT invoice issued by the Supplier's authorised distributor named in Annex 3, which invoices on the Supplier's behalf.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 45 days and complete installation within 75 days after signature.
P:4.2 Each delivery shall include a packing list, certificates of origin, the calibration certificates and the user manuals in Chinese and English. Customs clearance is arranged by the authorised distributor at the Supplier's cost.
P:4.3 If the Supplier is late in delivery or completion, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. These damages do not relieve the Supplier of its other obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires: (a) every sensor calibrated against a reference thermometer with a deviation of no more than 0.3 C and a calibration certificate for each; (b) a 30-day trial run in which every chamber reports without gaps longer than 15 minutes; (c) alarm tests in every chamber with the SMS and app alarm delivered within 60 seconds; (d) the daily and monthly reports required by the Buyer's food-safety system produced correctly; and (e) as-built drawings, manuals and the configuration backup handed over.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 business days. Installation, use in operation or any payment is not acceptance. If a test fails, the Supplier shall correct the defect at its own cost within 10 days and the test shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective equipment free of charge, including batteries that fail early, and correct software defects.
P:6.2 Sensors replaced under warranty shall be delivered calibrated, with a new certificate. During the warranty period the Supplier shall keep, at its own cost, an on-site stock of one spare gateway and ten spare sensors.
P:6.3 The warranty does not cover damage caused by forklift impact, cleaning with high-pressure water against the Supplier's instructions or other misuse by the Buyer.
H:7. Service Levels
P:7.1 A Severity 1 fault is a failure of the monitoring server, of a gateway or of alarm delivery for one or more chambers. The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote access and restore monitoring within 8 hours, if necessary by sending a spare gateway from the on-site stock.
P:7.2 A Severity 2 fault (a single sensor or report) shall be answered within 1 business day and fixed within 3 business days.
P:7.3 During the warranty period the Supplier shall send the Buyer a monthly report on battery levels, signal quality and alarms, and shall replace any battery that is expected to fail within the next quarter.
P:7.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 600, deducted from any amount due or claimed under the performance bond.
H:8. Post-Warranty Support
P:8.1 After the warranty period the Buyer may order annual support covering repair, battery replacement, software updates and the service levels of clause 7. The annual support fee is 8% of the Hardware and Licence Subtotal (CNY 58,675.20 per year) and shall not increase for the first three support years.
P:8.2 Support is ordered by the Buyer's purchase order for each support year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The alarm rules, report templates, chamber layouts and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to another service provider.
P:9.2 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually for its sites in China.
H:10. Buyer Data and Data Security
P:10.1 All temperature, humidity, alarm and user records produced by the system belong to the Buyer. The Supplier may use them only to perform this contract.
P:10.2 The monitoring server is installed in the Buyer's server room. The Supplier may access it remotely only through the Buyer's VPN, with the Buyer's approval for each session, and shall not copy records outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident that affects Buyer data within 12 hours, shall help the Buyer to contain it, and shall compensate the Buyer for losses caused by the Supplier or its personnel.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's customer list, site layout and security settings, and shall not disclose it without prior written consent. This obligation continues for three years after the contract ends.
H:12. Liability
P:12.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The authorised distributor in Annex 3 acts only for invoicing and logistics. The Supplier remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under clause 4.3 reach their maximum.
P:14.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effect.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:16. General
P:16.1 Notices shall be in writing and sent to the addresses above. The Supplier's project manager shall be based in China during installation and shall speak Chinese or be supported by an interpreter at the Supplier's cost.
P:16.2 The Supplier may not assign this contract without the Buyer's prior written consent. Any amendment must be in writing and signed by both parties.
P:16.3 Annexes: Annex 1 Technical specification; Annex 2 Acceptance test plan; Annex 3 Authorised distributor. This contract enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, managed service, schedules as tables)
H412E04 = """# MANAGED GUEST WI-FI SERVICES AGREEMENT

**Agreement No.:** BLS-MSA-2026-118

**BETWEEN**

**Bluebonnet Link Services LLC**, a Texas limited liability company, 2100 South Congress Avenue, Suite 400, Austin, Texas 78704, USA ("Provider"); and

**Xiamen Lüdao Hotel Management Co., Ltd.**, 9 Lujiang Road, Siming District, Xiamen, Fujian, People's Republic of China ("Customer").

**BACKGROUND.** Customer manages fourteen business hotels in Fujian and Guangdong. Customer wishes Provider to design, install, operate and support guest and staff Wi-Fi in these hotels as a managed service, with Provider's network operations centre monitoring the network around the clock. Provider operates in China through its authorised local partner named in Schedule 1, which holds the required telecommunications value-added service permits. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Sites" means the hotels listed in Schedule 1. "Service" means the managed Wi-Fi service described in clause 2 and the Schedules.

1.2 "Monthly Charges" means the recurring charges in Schedule 1. "Onboarding Charge" means the one-time charge in Schedule 1.

1.3 "Service Acceptance" means the written acceptance of a Site under clause 4.

## 2. SERVICE

2.1 Provider shall survey each Site, design the wireless coverage, supply and install access points, switches and controllers (which remain Provider's property), configure the guest portal with real-name authentication by SMS as required by Chinese law, and operate, monitor, patch and support the network for the Term.

2.2 Provider shall keep guest access logs for the retention period required by Chinese law and shall provide them to Customer or to the competent authorities on request.

2.3 Provider shall replace any faulty equipment at its own cost during the Term and shall refresh the access points of any Site at which more than 5% of them fail within a calendar quarter.

## 3. TERM AND RENEWAL

3.1 The initial term is 36 months from the date of Service Acceptance of the last Site (the "Initial Term").

3.2 After the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

3.3 Provider may increase the Monthly Charges for each renewal term by up to 6% by giving Customer written notice at least 60 days before the renewal term begins. The increased charges apply from the first day of the renewal term.

## 4. ROLLOUT AND SERVICE ACCEPTANCE

4.1 Provider shall complete the rollout at all Sites within 120 days after signature, in the order set out in Schedule 1.

4.2 Service Acceptance of a Site requires: (a) a signal survey showing at least -67 dBm in every guest room and meeting room; (b) a throughput test of at least 50 Mbps per client at five sample points; (c) a successful portal and real-name authentication test; (d) a 7-day run without a Priority 1 incident; and (e) as-built drawings delivered. Customer shall sign a Service Acceptance Certificate within 5 business days after the criteria are met. Use of the network by guests is not acceptance.

4.3 If Provider does not achieve Service Acceptance of all Sites within the period in clause 4.1, Provider shall pay Customer liquidated damages of CNY 200 for each day of delay.

## 5. CHARGES AND PAYMENT

5.1 At Customer's request all charges are stated and paid in Chinese yuan (CNY), inclusive of value-added tax. The charges are set out in Schedule 1.

5.2 The Onboarding Charge is invoiced after Service Acceptance of the last Site. The Monthly Charges for a Site start on its Service Acceptance and are invoiced monthly in arrears. No amount is payable in advance.

5.3 Customer shall pay each valid invoice within 30 days.

## 6. SERVICE LEVELS

6.1 Provider shall meet the service levels in Schedule 2 and shall report its performance to Customer monthly.

6.2 Provider's network operations centre shall monitor every Site around the clock, open an incident ticket for every fault it detects or Customer reports, and keep Customer's IT manager informed until the fault is closed. A monthly review meeting, by video or at Customer's head office in Xiamen, shall go through incidents, credits, capacity and planned changes.

6.3 If Provider fails to meet a service level, Customer shall receive the service credits in Schedule 3, deducted from the next invoice. Service credits do not limit Customer's other rights.

## 6A. CUSTOMER OBLIGATIONS

6A.1 Customer shall give Provider's staff reasonable access to the Sites during working hours and, for urgent faults, at any time, with an escort where the hotel requires one.

6A.2 Customer shall provide rack space, stable power and the internet lines at each Site, and shall tell Provider in advance of any building work that may affect the network.

6A.3 Service levels do not apply to failures caused by Customer's internet lines, power failures at a Site or changes made by Customer's staff without Provider's agreement, but Provider shall help Customer to identify and resolve such failures.

## 7. CUSTOMER DATA

7.1 Guest registration records, access logs, usage statistics and network configurations generated by the Service ("Customer Data") belong to Customer.

7.2 Provider shall use Customer Data only to provide the Service and to meet the retention duties in clause 2.2, and shall not sell or otherwise exploit Customer Data.

## 8. INTELLECTUAL PROPERTY

8.1 Site designs, coverage plans, portal pages and configurations prepared for Customer belong to Customer, which may use, modify and give them to a successor provider.

8.2 Provider's monitoring tools, software and know-how remain Provider's property.

8.3 At the end of the Term Customer may buy the installed equipment of any Site at its net book value as shown in Provider's asset register, or ask Provider to remove it under clause 12.2.

## 9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's guest numbers, rates and network passwords, and shall use it only for this Agreement. This obligation survives for three years after the Agreement ends.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement shall not exceed 150% of the total charges payable for the Initial Term (Monthly Charges for 36 months plus the Onboarding Charge).

10.2 Neither party is liable for indirect or consequential loss, except for wilful misconduct.

10.3 Provider shall maintain public liability and professional indemnity insurance with reputable insurers for the Term, covering its work at the Sites, and shall show the certificates to Customer on request.

## 11. SUBCONTRACTING

11.1 Provider's authorised local partner named in Schedule 1 is approved by signature of this Agreement. Provider shall not appoint any other subcontractor without Customer's prior written consent and remains responsible for all subcontractors.

## 12. TERMINATION

12.1 Customer may terminate this Agreement, for all Sites or for the Site concerned, by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 restoration time at the same Site three times in any six-month period.

12.2 On expiry or termination Provider shall give Customer the Customer Data and the configurations and shall remove its equipment within 30 days, leaving the Sites in good order.

## 12A. FORCE MAJEURE AND NOTICES

12A.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits do not accrue for the period of such an event.

12A.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation of receipt.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## SCHEDULE 1 — SITES AND CHARGES

| Site group | Hotels | Access points per hotel (approx.) | Monthly Charge per hotel (CNY) | Monthly Charges (CNY) |
|---|---|---|---|---|
| Large hotels (Xiamen, Fuzhou, Guangzhou) | 6 | 180 | 11,200 | 67,200 |
| Mid-size hotels (Quanzhou, Zhangzhou, Shantou, Foshan) | 8 | 110 | 8,400 | 67,200 |
| Total Monthly Charges | 14 | | | 134,400 |
| Onboarding Charge (survey, design, installation, portal), one-time | | | | 186,000 |
| Total charges for the Initial Term (36 x 134,400 + 186,000) | | | | 5,024,400 |

Authorised local partner: Fujian Haixi Network Services Co., Ltd. (installation, on-site support and telecom permits).

## SCHEDULE 2 — SERVICE LEVELS

| Service level | Target |
|---|---|
| Network availability per Site, per calendar month | 99.95% |
| Priority 1 (a whole Site or the guest portal down) — response | 15 minutes |
| Priority 1 — restoration | 3 hours |
| Priority 2 (a floor or a meeting room down) — response | 1 hour |
| Priority 2 — restoration | 8 hours |
| Priority 3 (single access point or request) — resolution | 3 business days |

## SCHEDULE 3 — SERVICE CREDITS

| Failure | Credit |
|---|---|
| Availability below target at a Site | 10% of that Site's Monthly Charge for each full 0.1 percentage point below target, up to 50% |
| Priority 1 response later than target | CNY 800 per incident |
| Priority 1 restoration later than target | CNY 1,000 for each started hour of delay |

**SIGNED** for Provider: ____________________ **SIGNED** for Customer: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, data API subscription)
H412E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: HLD-SUB-2026-0291

This Data API Subscription Agreement is entered into between:

Harborline Data, Inc., a Delaware corporation with its principal office at 128 Union Street, New Bedford, Massachusetts 02740, USA ("Harborline"); and

Ningbo Dongyang International Freight Forwarding Co., Ltd., 555 Jiangdong North Road, Ningbo, Zhejiang, People's Republic of China ("Customer").

Customer books ocean freight for exporters in the Yangtze River Delta and wishes to receive vessel positions, port calls and estimated arrival times through an application programming interface so that its shipment-tracking portal and its operations staff can follow container vessels. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Harborline's Vessel Tracking API, version 3, and its documentation.

1.2 "Harborline Data" means the vessel positions, port calls, estimated arrival times, vessel particulars and related data that Harborline delivers through the API.

1.3 "Customer Data" means the shipment references, vessel watch lists, booking numbers, routes and queries that Customer or its systems send to the API, and the results stored in Customer's systems.

1.4 "Subscription Year" means each period from 1 November to the following 31 October during the Term, the first beginning on the Start Date.

2. SUBSCRIPTION

2.1 Harborline grants Customer, for the Term, a non-exclusive, non-transferable right to call the API and to use Harborline Data within its own business, including displaying vessel positions and arrival times to its own shipper customers through Customer's tracking portal.

2.2 Customer shall not resell Harborline Data as a data feed, and shall not use it to build a competing vessel-tracking service.

2.3 The subscription includes up to 3,000,000 API calls per Subscription Year and up to 800 vessels on active watch at any time. Calls above the included volume are charged at CNY 0.04 per call, invoiced quarterly in arrears.

3. TERM

3.1 The Start Date is 1 November 2026. The Term is two Subscription Years, ending on 31 October 2028.

3.2 After the Term, the subscription renews for a further Subscription Year at the same fees and on the same terms unless either party gives written notice of non-renewal at least 60 days before the end of the Term or of a renewal period.

4. FEES AND PAYMENT

4.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of value-added tax, and invoiced by Harborline's authorised reseller in Shanghai.

4.2 The Subscription Fee is CNY 336,000 per Subscription Year, invoiced quarterly in arrears at CNY 84,000 per quarter.

4.3 The Integration Fee for setting up the API connection, mapping Customer's booking data and building the vessel-tracking widget for Customer's portal is CNY 28,000, one-time, invoiced after Integration Acceptance.

4.4 The total contract value for the Term is CNY 700,000 (two Subscription Years of CNY 336,000 and the Integration Fee), excluding any usage charges under clause 2.3. No amount is payable before the Start Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Harborline shall deliver API credentials, the mapping of Customer's booking data and the tracking widget by 15 October 2026.

5.2 Integration Acceptance requires that (a) 200 sample shipments chosen by Customer show the correct vessel, position and estimated arrival in Customer's portal, (b) the widget loads in under 2 seconds at Customer's test site, and (c) the API runs for 10 consecutive days without a Priority 1 incident. Customer shall sign an Integration Acceptance Certificate when the criteria are met. Use of the API in production is not acceptance.

5.3 If Integration Acceptance is not achieved by 15 October 2026 for reasons attributable to Harborline, Harborline shall pay Customer CNY 700 for each day of delay, deducted from the next invoice.

6. SERVICE LEVELS

6.1 Harborline shall make the API available 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours in advance.

6.2 Vessel positions shall be no older than 15 minutes for vessels within terrestrial receiver coverage and no older than 2 hours elsewhere.

6.3 Priority 1 incidents (the API is unavailable or returns errors for more than 10% of calls) shall be responded to within 1 hour, at any time, and resolved within 6 hours. Priority 2 incidents shall be responded to within 8 business hours.

6.4 For each month in which availability falls below the level in clause 6.1, Harborline shall credit 10% of the monthly portion of the Subscription Fee for each full 0.1 percentage point of shortfall, up to 50%. For each Priority 1 incident not resolved within 6 hours, Harborline shall credit CNY 1,000. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Harborline shall use Customer Data only to provide the API and support to Customer, and shall not combine it with data of other customers, sell it or use it for any other purpose.

7.2 Harborline shall protect Customer Data with encryption in transit and at rest, access on a need-to-know basis with multi-factor authentication, logging of administrator access and an information security programme certified to ISO/IEC 27001. Customer Data shall be stored on servers in mainland China operated by the hosting provider named in clause 10.

7.3 Harborline shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt steps to contain it, and shall be liable for the losses Customer suffers as a result of a breach of clause 7.2.

7.4 Within 30 days after the end of the Term, Harborline shall delete all Customer Data and certify the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Harborline owns the API and Harborline Data.

8.2 The booking-data mapping, the tracking widget and its source code, built for Customer under clause 4.3, belong to Customer. Customer may use, modify and license them freely, and may have any third party maintain them.

9. WARRANTIES

9.1 Harborline warrants that Harborline Data is compiled with reasonable skill and care from terrestrial and satellite receivers and port sources. Vessel positions and arrival estimates are estimates and Customer shall not rely on them alone for safety of navigation.

9.2 Harborline shall give Customer at least 90 days' written notice before retiring any API version or removing any data field that Customer uses, and shall keep the previous version running during that period.

9.3 Harborline warrants that it has the rights needed to license Harborline Data to Customer under this Agreement.

9A. CUSTOMER OBLIGATIONS

9A.1 Customer shall keep its API keys secure, shall use them only for its own systems and shall tell Harborline at once if a key may have been disclosed, so that Harborline can revoke it and issue a new one.

9A.2 Customer shall not call the API at a rate above 50 calls per second, and shall cache vessel particulars in line with the documentation to avoid unnecessary calls.

9A.3 Customer shall tell its own shipper customers that vessel positions and arrival times shown in its portal come from Harborline and are estimates.

9A.4 Support requests may be raised through the support portal, by email or, for Priority 1 incidents, by the telephone number in the documentation, in English or Chinese.

10. HOSTING PROVIDERS AND SUBCONTRACTORS

10.1 Harborline hosts the China endpoint of the API with Alibaba Cloud in the Shanghai region.

10.2 Harborline may engage subcontractors, including data providers, hosting providers and support contractors, to perform any part of this Agreement by giving Customer written notice at least 15 days before the subcontractor begins work. Harborline remains responsible for the performance of its subcontractors.

11. LIMITATION OF LIABILITY

11.1 Harborline's total liability under this Agreement shall not exceed 150% of the total contract value in clause 4.4.

11.2 Neither party is liable for indirect or consequential loss or loss of profit. This clause does not limit liability for death, personal injury, fraud or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

12.2 Customer may also terminate by written notice if availability falls below the level in clause 6.1 in any three months of a Subscription Year.

12.3 On termination for Harborline's breach, Harborline shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

14. GENERAL

14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly.

14.2 Notices shall be in writing and delivered to the addresses above by courier or email with confirmation of receipt. Neither party may assign this Agreement without the other party's written consent. This Agreement is the entire agreement of the parties on its subject.

Signed for Harborline Data, Inc.: ____________________   Date: __________

Signed for Ningbo Dongyang International Freight Forwarding Co., Ltd.: ____________________   Date: __________
"""

# ================================================================ files
TARGETS = {  # key -> (file name, kind)
    "z01": ("h412z01_water_bureau_rural_supply_platform.pdf", "pdf"),
    "z02": ("h412z02_tyre_plant_curing_press_controls.docx", "docx"),
    "z03": ("h412z03_gym_chain_member_scheduling_saas.txt", "txt"),
    "z04": ("h412z04_police_exit_entry_booking_om.txt", "txt"),
    "z05": ("h412z05_duck_neck_plant_traceability_supplier_template.md", "md"),
    "e01": ("h412e01_dairy_quality_software_licence_nz_vendor.pdf", "pdf"),
    "e02": ("h412e02_facility_saas_order_form_qld_vendor.md", "md"),
    "e03": ("h412e03_cold_store_sensors_ontario_supplier.docx", "docx"),
    "e04": ("h412e04_hotel_managed_wifi_texas_provider.md", "md"),
    "e05": ("h412e05_vessel_tracking_data_api_massachusetts.txt", "txt"),
}
TEXTS = {"z01": H412Z01, "z02": H412Z02, "z03": H412Z03, "z04": H412Z04, "z05": H412Z05,
         "e01": H412E01, "e02": H412E02, "e03": H412E03, "e04": H412E04, "e05": H412E05}

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
#        avail   p1    remedy ip        dsec   owns   conf   ld                     cap          prepay acc   final wty pwf  auto   term   sub    law            kind
ROWS = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9, False, True, True, "PRC", G),
    "z03": (99.5, 0.5, True, "buyer", True, True, True, 600 / 720000 * 100, 6 / 36 * 100, None, True, None, None, None,
            True, True, False, "PRC", S),
    "z04": (99.95, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False,
            None, S),
    "z05": (None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, 25, False, True, True,
            None, G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
            "New Zealand", G),
    "e02": (99.5, 0.5, True, "buyer", True, False, True, 500 / 582000 * 100, 6 / 24 * 100, None, True, None, None, None,
            False, True, False, "PRC", S),
    "e03": (None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 8, False, True, False, "PRC", G),
    "e04": (99.95, 0.25, True, "buyer", False, True, True, 200 / 5024400 * 100, 150, None, True, None, None, None, True,
            True, False, "PRC", S),
    "e05": (99.95, 1, True, "buyer", True, True, False, 700 / 700000 * 100, 150, None, True, None, None, None, False,
            True, True, "PRC", S),
}
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2120000), "z02": (True, True, True, False, 2280000),
    "z03": (True, True, None, False, 720000), "z04": (True, True, None, False, 486000),
    "z05": (False, False, True, True, 1260000), "e01": (True, True, True, False, 1560000),
    "e02": (True, True, None, False, 582000), "e03": (True, True, True, False, 850000),
    "e04": (True, True, None, False, 5024400), "e05": (True, True, None, False, 700000),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# facts the labels do not carry: a forum outside mainland China; the itemised licence / hardware subtotal (TCO fee base)
FORUM_OUTSIDE = {"e01"}
FEE_BASE = {"z01": 1180000, "z02": 1898000, "z05": 900000, "e01": 1060000, "e03": 733440}

# my design list (what each draft was written to trigger)
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key, t, x):
    """Policy section 4: horizon 5 years from acceptance (= warranty start); post-warranty years pro rata; fee base
    = itemised licence/hardware subtotal. Returns the post-warranty share in % (None when not computable)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(key, t, x):
    """My own reading of policy.md section 3 applied to the labels."""
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
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    t = dict(zip(TERM_KEYS, ROWS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = expected_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    lang = "zh" if key[0] == "z" else "en"
    return {"file": TARGETS[key][0], "language": lang, "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ================================================================ thresholds
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    ("availability 99.9", r"(?<![\d.])99\.9(?![\d])" + PCT),
    ("P1 4 h (digits)", r"(?<![\d.])4\s*(?:个)?\s*小时|(?<![\d.])4[\s-]*(?:hours?|hrs?)\b|(?<![\d.])240\s*(?:分钟|minutes?)"),
    ("P1 4 h (words)", r"四\s*(?:个)?\s*小时|\bfour[\s-]*hours?\b|二百四十分钟"),
    ("LD 0.05 %", r"(?<![\d.])0\.05(?![\d])" + PCT + r"|万分之五(?![十0-9])"),
    ("cap 100 %", r"(?<![\d.])100(?![\d.])" + PCT + r"|百分之百|百分之一百|one\s*hundred\s*per\s*cent|hundred\s*percent"),
    ("prepayment 30 %", r"(?<![\d.])30(?![\d.])" + PCT + r"|百分之三十|三成|thirty\s*per\s*cent|thirty\s*percent"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:个)\s*月|(?<![\d.])12[\s-]*months?\b|十二\s*个\s*月|twelve[\s-]*months?|一年|\bone[\s-]*year\b"),
    ("post-warranty 15 %", r"(?<![\d.])15(?![\d.])" + PCT + r"|百分之十五|fifteen\s*per\s*cent|fifteen\s*percent"),
    ("TCO 40 %", r"(?<![\d.])40(?![\d.])" + PCT + r"|百分之四十|四成|forty\s*per\s*cent|forty\s*percent"),
    ("horizon 5 years", r"(?<![\d.])5\s*年|五\s*年|\bfive[\s-]*years?\b|(?<![\d.])5[\s-]*years?\b|(?<![\d.])60[\s-]*months?\b|sixty[\s-]*months?"),
]
BAD_RE = [(n, re.compile(p, re.I)) for n, p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "12 months", "4-hour", "15 per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "0.055%", "1,500%", "230%", "20%", "2.5年", "150 %", "3,000,000",
             "12月31日", "24 months", "8%", "99.5%", "100,000", "1,400%"]


def bad_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in BAD_RE:
            for m in rx.finditer(variant):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert bad_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not bad_hits(s), ("must miss", s, bad_hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    fired = set()
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(TEXTS[key], encoding="utf-8")
            print("wrote", name)
    write({k: TEXTS[k] for k in TARGETS if TARGETS[k][1] in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    problems = []
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        fired.update(lab["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        for k, v in list(lab["expected_terms"].items()) + list(lab["expected_extra"].items()):
            pass
        # no label value on a threshold
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(key, t, x)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        nows = len(re.sub(r"\s", "", text))
        words = len(text.split())
        if key[0] == "z":
            ok = 2750 <= len(text) <= 3000
            print("%s %-58s chars %5d (non-space %5d) %s" % (key, name, len(text), nows, "" if ok else "<-- LENGTH"))
        else:
            alnum = sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))  # without bare | or - tokens
            ok = 1450 <= words <= 1650 and 1450 <= alnum <= 1650
            print("%s %-58s words %5d (with a letter or digit %5d) %s" % (key, name, words, alnum,
                                                                        "" if ok else "<-- LENGTH"))
        if not ok:
            problems.append((key, "length"))
        for h in bad_hits(text) + bad_hits(TEXTS[key]):
            problems.append((key, h))
        print("    rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk", risk(lab["expected_rules"]),
              "| TCO share %.2f" % share if share is not None else "")
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all 20 rules fire; lengths in range; no threshold figure found")


if __name__ == "__main__":
    main()
