"""holdout1128: builds the ten drafts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, and asserts lengths, sums, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市市场监督管理局网络直播营销监管平台采购合同
P:合同编号：SJJ-ZFCG-2027-0318
P:采购项目编号：ZC2027-GK-0211（公开招标）
P:甲方（采购人）：东湖市市场监督管理局
P:乙方（供应商）：杭州澄观信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供网络直播营销监管平台软件许可（永久使用许可，不限用户数），并完成直播间线索采集、违法广告识别、商品价格比对、案件线索流转等定制开发，以及部署、数据对接和培训。
P:1.2 平台部署于甲方政务云，与甲方现有登记注册、执法办案和投诉举报系统对接，具体功能及性能指标以附件一《技术需求及响应表》为准。
P:1.3 项目实施期为合同签订之日起一百二十日，乙方应于实施期内完成全部上线工作并提交初验申请。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾贰万元整（¥2,120,000.00），为含税固定总价，包括：平台软件许可费¥1,180,000；定制开发费¥760,000；部署实施费¥138,000；培训费¥42,000。
P:2.2 合同总价已包含乙方履约所需的全部费用，包括软件许可、开发、差旅、税费及质保期内的全部服务费用，合同履行期间不因任何原因调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥424,000。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，即¥954,000。
P:3.3 项目最终验收合格并经甲方出具验收报告后十五个工作日内，甲方支付合同总价的35%，即¥742,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款通过国库集中支付办理，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 初验：平台上线后，甲方组织对照附件一逐项测试，主要标准为：直播间线索采集覆盖甲方指定的主流平台，违法广告词识别准确率不低于92%，线索流转各环节无阻断性缺陷，500并发用户下页面响应不超过3秒。
P:4.2 试运行：初验合格后试运行九十日，试运行期间未发生一级故障且累计二级故障不超过三次的，乙方可申请最终验收。
P:4.3 最终验收：甲方会同财政、网信部门和外聘专家，依据招标文件、投标文件及本合同约定进行验收，并须取得第三方网络安全等级保护测评报告。验收合格的，双方签署最终验收报告。
P:4.4 平台上线、甲方实际使用或支付部分款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
P:4.5 乙方应在最终验收前向甲方移交全部技术文档，包括需求规格说明书、设计文档、数据库说明、接口文档、部署手册及测试报告，文档不全的不予通过验收。
H:第五条 知识产权
P:5.1 乙方依本合同为甲方定制开发的功能模块、接口程序、数据模型及相关源代码、技术文档，其知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方可自行或委托第三方对其进行修改、升级和使用。
P:5.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方合法权利，否则由乙方承担全部责任。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 一级故障（平台整体不可用或线索采集全部中断）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日修复；三级故障次工作日处理。
P:6.3 月度可用率每低于约定值0.01个百分点，乙方支付¥2,000服务扣款；一级故障响应或恢复每超时一小时，乙方支付¥1,000。上述扣款可从应付款或履约保证金中扣除。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该价格在质保期满后三个服务年度内保持不变。维护合同另行签订，不自动续期。
H:第八条 数据安全与数据权属
P:8.1 平台采集、存储和处理的全部数据（包括直播线索、经营主体信息、投诉举报及执法数据）均归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，运维操作须经甲方审批并通过堡垒机进行，敏感数据加密存储，操作日志完整留存。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息和未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成上线或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的权利义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或出现重大违约且经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 项目人员与培训
P:14.1 乙方应按投标文件承诺配备项目经理一名、开发及实施人员不少于八名，项目经理未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方管理制度。
P:14.2 乙方应为甲方系统管理员和业务人员提供不少于三期的集中培训，并提交操作手册、运维手册及培训课件，确保甲方人员能独立完成日常操作与基本维护。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.3 附件：附件一《技术需求及响应表》；附件二《分项报价表》；附件三《实施计划》。
P:甲方（盖章）：东湖市市场监督管理局        乙方（盖章）：杭州澄观信息技术有限公司
P:代表人签字：____________        代表人签字：____________
"""

Z02 = """T:贴标机生产线控制系统改造合同
P:合同编号：LB-GZ-2027-026
P:甲方（买方）：苏州恒标电动贴标机制造有限公司
P:乙方（卖方）：常州科瑞自动化工程有限公司
P:甲方拟对其二号厂房六条电动贴标机装配及测试生产线的控制系统进行改造。乙方具备相应的设计、供货、安装和调试能力。双方经平等协商，就改造项目的设备供货、软件许可、安装调试及售后服务事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除各线原有继电器控制柜，更换为PLC控制柜，配套伺服驱动、触摸屏和视觉检测单元，并部署产线监控软件，实现与甲方MES系统的工单、计数和质量数据对接。
P:1.2 改造分两批实施，每批三条线，每批停线时间不超过十个自然日。乙方应在合同签订后九十日内完成全部改造并提交验收申请。
P:1.3 设备型号、技术参数及软件功能详见附件一《技术规格书》。乙方所供设备均应为原厂全新产品，不得使用翻新件或拆机件，并随货提供合格证和原厂质量证明。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000.00），含13%增值税、运输、保险、安装调试、培训等全部费用，分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、IO模块、低压电器）|6套|128,000|768,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|HMI触摸屏|6台|14,000|84,000
TB:4|视觉检测单元（相机、光源、控制器）|6套|36,000|216,000
TB:5|产线监控软件许可（含MES接口模块）|1套|236,000|236,000
TB:|软硬件小计|||1,532,000
TB:6|安装调试及改造施工|1项|198,000|198,000
TB:7|PLC程序编制与联调|1项|146,000|146,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||1,900,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥380,000。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%，即¥855,000。到货签收及安装完毕不视为验收合格。
P:3.3 六条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥665,000。
H:第四条 验收
P:4.1 每批改造完成后，乙方进行单线调试，甲方参与见证。乙方应提交单线调试记录和IO点对点测试记录，经甲方设备部签字确认后，方可进行下一批停线改造。
P:4.2 最终验收标准：各线连续七十二小时带料运行无停机故障；贴标位置偏差不大于±0.5毫米；视觉检测漏检率低于千分之二；产线节拍不低于改造前的水平；MES工单及计数数据与现场一致。
P:4.3 验收合格的，双方签署验收报告；不合格的，乙方应在十日内整改并重新验收，整改费用由乙方承担。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换，并承担往返运费。
P:5.2 一级故障（整条生产线停机）：乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位异常）当日到场处理。
P:5.3 一级故障响应或到场每超时一小时，乙方向甲方支付¥800；因同一原因一个月内重复停机两次以上的，乙方应免费更换相关部件。
H:第六条 质保期后维保
P:6.1 质保期满后，乙方提供年度维保服务，内容包括每季度巡检、备件更换（不含易损件）、程序优化和远程技术支持。
P:6.2 年度维保费按软硬件小计的28%计收，即每年¥428,960，质保期满后三个服务年度内不作调整。维保费按年度预付。
P:6.3 维保期内，乙方应建立设备档案，每次巡检后提交巡检报告，列明设备状态、发现的问题及处理建议；关键备件（PLC CPU模块、伺服驱动器、相机）应在乙方常州仓库常备库存，保证二十四小时内送达甲方现场。
H:第七条 数据安全
P:7.1 生产线运行数据、工单数据、质量检测图像及MES接口数据归甲方所有，乙方不得用于本合同以外的目的，不得复制或带离甲方厂区。
P:7.2 乙方远程维护须经甲方设备部逐次批准，通过甲方指定的VPN及堡垒机接入，操作全程留痕。乙方应对其工具电脑进行病毒查杀，禁止使用未经检测的移动存储介质。
P:7.3 因乙方原因导致甲方数据泄露、被篡改或生产网络感染病毒的，乙方应在2小时内通知甲方，协助处置并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对在项目中知悉的甲方工艺参数、产品图纸、客户信息及生产计划负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目编制的PLC程序、触摸屏画面、视觉检测配方和MES接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释文档，甲方可自行修改和使用。
P:9.2 产线监控软件的著作权仍归乙方，乙方授予甲方在本厂区永久使用的许可。
H:第十条 分包
P:10.1 乙方可将电气安装施工和线缆敷设分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致停线时间超出约定的，乙方应按每线每日¥3,000赔偿甲方停产损失。
P:11.3 乙方所供设备或软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过四十五日，或设备、软件经两次整改仍不合格，或有其他重大违约且经书面催告后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:第十四条 培训与技术资料
P:14.1 乙方应在每批改造完成前，对甲方电气工程师、设备维护人员和班组长进行分层培训，培训内容包括控制柜日常点检、伺服参数备份与恢复、触摸屏操作、视觉配方调整及常见报警处理，培训总时长不少于四十学时。
P:14.2 乙方应于最终验收前移交电气原理图、接线图、IO分配表、PLC源程序、伺服参数表、备件清单、操作手册和维护手册各两套（纸质及电子版），资料与现场实物应一致。
H:第十五条 安全生产与现场管理
P:15.1 乙方进场人员应持有有效的电工作业证，遵守甲方安全生产管理制度，施工前参加甲方组织的安全交底，严格执行停电挂牌上锁程序。
P:15.2 乙方应在每日施工结束后清理现场，拆除的旧控制柜及线缆按甲方指定地点堆放，不得擅自处置。
P:15.3 因乙方违规作业造成人身伤害或甲方设备、产品损坏的，由乙方承担全部责任。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件与本合同具有同等效力。
P:甲方（盖章）：苏州恒标电动贴标机制造有限公司    乙方（盖章）：常州科瑞自动化工程有限公司
"""

Z03 = """家政培训连锁门店预约及会员管理系统服务合同

合同编号：JZ-SAAS-2027-014
甲方（客户）：合肥安家职业技能培训连锁有限公司
乙方（服务商）：南京云邻网络科技有限公司

甲方在安徽省内经营三十家家政培训门店，为统一课程预约、学员会员及储值管理，拟采购乙方的"云邻门店通"预约及会员管理系统云服务，并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店提供"云邻门店通"云服务，包括课程排期与预约、学员档案、会员等级与储值、卡券营销、门店收银对账、总部经营报表及微信小程序端。
2. 服务以账号方式开通，每家门店含店长账号一个、前台及讲师账号不超过八个；总部账号不超过十个。
（二）实施服务
1. 乙方负责系统配置、三十家门店的课程及价格体系导入、历史会员及储值余额迁移、甲方品牌小程序的配置与上线。
2. 乙方应在合同签订后四十五日内完成全部门店上线。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线验收合格之日起计算，每个服务年度为三百六十五日。
（二）服务期届满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期服务费由乙方按届时公布的标准价格确定，乙方有权根据运营成本上调续期费用，甲方对价格调整无异议权。

三、服务费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度人民币9,800元，三十家门店每个服务年度合计294,000元，两个服务年度合计588,000元。
2. 实施服务费：96,000元，包括配置、数据迁移和小程序上线。
3. 培训费：18,000元。
合同总价为人民币702,000元（含6%增值税）。
（二）支付方式
1. 实施服务费和培训费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 订阅服务费按季度支付，每季度首月十日前支付当季费用73,500元。
3. 甲方合同签订时不支付任何预付款。乙方每次收款前开具合法增值税专用发票。

四、上线验收
（一）乙方完成实施后提交上线验收申请，甲方按以下标准验收：
1. 三十家门店均能正常完成预约、签到、收银和会员储值操作；
2. 历史会员数量、储值余额与甲方原系统导出数据逐条核对一致；
3. 小程序预约下单成功率在连续七日试运行中不低于99%；
4. 总部报表数据与门店收银数据日结核对一致。
（二）验收合格的，双方签署上线验收单；不合格的，乙方应在七日内整改后重新验收。门店开始试用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨一时至五时之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体不可用、无法预约或收银）：30分钟内响应，三小时内恢复；
2. 二级故障（部分功能异常或部分门店受影响）：2小时内响应，当日解决；
3. 三级故障（一般咨询或非紧急问题）：次工作日答复。
（三）服务补偿：月度可用率低于约定值的，每低0.1个百分点，乙方按当月订阅服务费的2%抵扣下期费用，当月抵扣总额不超过当月订阅服务费；一级故障超时恢复的，每超时一小时抵扣当月订阅服务费的1%。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，对学员身份证号、手机号等个人信息加密存储，实行最小权限访问和操作日志留存，系统应通过网络安全等级保护二级测评。
（二）乙方应每日备份甲方数据，备份保留不少于三十日。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内书面通知甲方，采取补救措施，并赔偿因乙方原因给甲方造成的损失。

七、数据权属与使用
（一）甲方录入及系统产生的学员、会员、课程、交易数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，用于乙方产品功能优化、行业经营分析报告及向其他客户提供的行业对标服务，该使用权在合同终止后继续有效。
（三）服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方全部数据，之后删除其系统中甲方的原始数据。

八、知识产权
（一）"云邻门店通"系统及其后续版本的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程体系模板、品牌小程序页面设计、定制报表及数据迁移脚本，其知识产权归甲方所有，甲方可自行或委托他人修改和使用。

九、保密
双方对在合作中知悉的对方商业信息、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方违反本合同六、七两部分的约定使用或泄露甲方数据的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下服务转包；确需将小程序开发等部分工作分包的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同。
（二）连续两个月月度可用率低于约定值的，甲方有权解除合同，乙方应退还未履行期间已收取的服务费。
（三）合同解除或终止的，乙方应配合甲方完成数据导出和业务迁移，迁移期内不得中断服务，迁移期不超过三十日。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、门店增减
（一）服务期内甲方新开门店的，可随时书面通知乙方增开账号，新增门店订阅服务费按每店每个服务年度9,800元、按剩余天数折算，并随下一季度费用一并支付。
（二）甲方关闭门店的，应提前三十日书面通知乙方，自关闭次季度起相应减少订阅服务费，关闭门店数量累计不超过五家。
（三）门店增减不影响本合同其他条款的效力。

十五、培训与支持
（一）乙方应在上线前为甲方总部运营人员和各门店店长、前台提供集中培训和线上培训，培训内容包括预约排课、会员储值、卡券核销、日结对账及报表查询，并提供操作视频和常见问题手册。
（二）服务期内乙方提供工作日九时至二十一时的在线客服和电话支持，并指定一名客户成功经理负责甲方的日常对接，每季度与甲方召开一次服务回顾会议，通报可用率、故障处理和需求进展情况。
（三）乙方对系统进行重大版本升级的，应至少提前七日通知甲方，并提供升级说明和必要的培训。

十六、双方义务
（一）甲方应指定项目负责人，按时提供门店信息、课程价格体系和历史数据，并对导入数据的准确性进行确认。
（二）甲方应妥善保管各门店账号及密码，因甲方人员泄露账号造成的损失由甲方承担。
（三）乙方应保证系统功能符合本合同约定，并遵守国家关于个人信息保护和网络安全的法律法规。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：合肥安家职业技能培训连锁有限公司
乙方（盖章）：南京云邻网络科技有限公司
签订日期：2027年3月____日
"""

Z04 = """渣土消纳场监控系统运行维护服务合同

项目名称：市城市管理局渣土消纳场监控系统2027年度运维服务
采购方式：竞争性磋商（项目编号：CGZX-2027-CS-0047）
甲方：青川市城市管理局
乙方：青川智安科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就渣土消纳场监控系统年度运行维护服务达成如下协议。

第一条 服务对象与范围
1. 运维对象为甲方所属北郊、东山、滨河三个渣土消纳场的监控系统，包括高清摄像机一百八十六路、车辆识别抓拍单元二十四套、地磅称重联网设备六套、扬尘噪声监测站九套、场区广播及LED屏、汇聚交换机和光纤链路，以及部署在甲方机房的渣土消纳监管平台、视频存储服务器和流媒体服务器。
2. 服务内容包括：日常巡检、故障维修、设备清洁校准、平台软件运行维护、数据备份、车辆通行数据核对、重大活动和汛期保障，以及甲方交办的系统小规模调整。
3. 本合同不包括设备的整机更换和系统扩容；单件备件价格超过2,000元的，乙方报甲方确认后另行结算。
4. 乙方应在服务期开始前十日内完成与上一运维单位的交接，对全部设备进行清点和状态评估，形成设备台账及问题清单，经甲方确认后作为本年度运维基础。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方按政府采购规定重新组织采购，本合同不自动续期。

第三条 服务费用与支付
1. 运维服务费总额为人民币肆拾叁万陆仟元整（¥436,000.00），包含人工、交通、工具仪表、单价2,000元以下的备品备件、税费等全部费用。
2. 服务费按季度支付。每季度结束后，甲方依据第五条对乙方进行季度考核，考核后十五个工作日内支付当季服务费¥109,000，扣减当季考核扣款后的余额。
3. 甲方不支付预付款。乙方每次申请付款时应提交季度运维报告、考核结果及发票。
4. 服务期内甲方要求新增运维点位的，按响应文件中的单点运维单价折算增加服务费，增加金额累计不超过合同总价的10%，由双方签订补充协议。

第四条 服务人员
1. 乙方应安排驻场运维工程师三名，其中项目负责人一名，驻场时间为每日八时至二十时；夜间及节假日安排专人值守，保持电话畅通。
2. 驻场人员应具备相应的弱电或网络运维资质，名单报甲方备案，更换人员须提前七日征得甲方同意。
3. 乙方应配备运维车辆一辆，以及光功率计、熔接机、网络测试仪等必要仪表。
4. 驻场人员应遵守甲方考勤和工作纪律，统一着装并佩戴工作证。

第五条 服务标准与考核
1. 巡检：乙方每周对各场区前端设备巡检一次，每月对机房设备和平台巡检一次，每季度对扬尘噪声监测站进行一次校准，巡检记录次日上传平台。
2. 故障分级与处理时限：
（1）一级故障：平台整体瘫痪、某一场区视频全部中断或地磅数据无法上传。乙方应在30分钟内响应，2小时内到场，6小时内恢复。
（2）二级故障：单路摄像机、单套抓拍单元或单个监测站故障。乙方应在1小时内响应，当日修复。
（3）三级故障：画面偏移、污损等一般问题，应在两日内处理完毕。
3. 考核扣款：一级故障每超时一小时扣款¥500；二级故障每超时一日扣款¥200；巡检漏项一次扣款¥300。考核扣款从当季服务费中直接扣减。
4. 季度考核由甲方依据平台工单记录、巡检记录和现场抽查结果进行，考核结果作为付款依据。
5. 年度验收：服务期满前，甲方依据以下标准组织年度验收：全年无一级故障超时恢复超过两次；巡检记录完整、无漏检场区；车辆通行数据与地磅记录核对差异率不高于千分之三；运维档案完整。年度验收合格的，甲方出具验收意见。

第六条 数据安全
1. 监控视频、车辆通行记录、称重数据及平台业务数据均属甲方所有，乙方仅可为履行本合同查看和处理，不得复制、留存或提供给任何第三方。
2. 乙方运维操作须使用甲方分配的账号，通过甲方堡垒机进行，严禁私设远程通道；维修更换的存储硬盘应交甲方统一消磁销毁。
3. 乙方应每周对平台数据库进行一次备份，视频数据按不少于九十日的要求存储。
4. 因乙方原因造成数据丢失、泄露或系统被入侵的，乙方应在1小时内报告甲方，配合调查处置，并承担由此产生的全部责任。
5. 乙方应每月检查平台服务器操作系统及数据库的安全补丁，发现高危漏洞的，应在甲方同意后及时修补并记录。

第七条 工作成果
乙方在服务期内编制的运维档案、巡检报告、配置备份、脚本及平台调整程序，其所有权和知识产权归甲方所有。

第八条 违约责任
1. 乙方未按约定日期进场，或未按第五条约定完成季度全面巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方驻场人员不足或擅自离岗的，每人每日扣款¥400。
3. 因乙方运维不当造成设备损坏的，乙方应负责修复或按原价赔偿。
4. 甲方未按约定支付服务费的，应按逾期金额每日万分之三向乙方支付违约金。

第九条 分包
乙方不得将本合同项下服务分包或转包给第三方。

第十条 合同解除
1. 乙方连续两个季度考核不合格，或发生重大违约经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
2. 因政策调整或不可抗力致使合同无法履行的，双方协商解除合同。
3. 合同解除或期满的，乙方应在七日内完成运维交接，移交全部运维档案、账号、配置备份及甲方所有的备件。

第十一条 安全责任
乙方应遵守消纳场作业区安全管理规定，进入作业区须佩戴安全帽、穿反光背心，高处作业应系安全带。乙方应为驻场人员购买意外伤害保险，乙方人员在服务过程中发生的人身伤亡由乙方自行承担。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向青川市人民法院提起诉讼。

第十三条 专项保障
1. 汛期（每年6月至9月）及暴雨、大风预警期间，乙方应增派人员对场区前端设备、立杆和供电线路开展专项检查，对易受水浸的设备箱采取防护措施，预警期间实行二十四小时值守。
2. 遇重大活动或上级督查，乙方应按甲方通知提前完成设备全面检查，保障期内一级故障到场时限缩短为1小时。
3. 专项保障任务结束后三日内，乙方应向甲方提交保障工作报告。

第十四条 备品备件与运维报告
1. 乙方应在青川市区设立备件库，常备摄像机、抓拍相机、光模块、交换机、硬盘等易损备件，备件库清单报甲方备案，甲方可随时抽查。
2. 更换下来的旧设备和部件归甲方所有，乙方应登记后交甲方处置。
3. 乙方每月五日前提交上月运维月报，内容包括设备完好情况、故障处理统计、巡检情况、数据备份情况和改进建议；每季度提交季度运维报告。

第十五条 甲方义务
1. 甲方应为乙方驻场人员提供必要的办公场所和平台运维账号，并协调各消纳场管理单位配合乙方工作。
2. 甲方应指定专人负责运维服务的日常联系、工单确认和考核工作。

第十六条 其他
本合同未尽事宜，按竞争性磋商文件及响应文件执行。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：青川市城市管理局
乙方（盖章）：青川智安科技服务有限公司
日期：2026年12月____日
"""

Z05 = """# 木工坊生产工序追踪软件许可及定制开发合同

**匠链科技 标准合同文本（软件类）V3.0**

合同编号：JL-RJ-2027-0093

- 甲方（用户）：佛山市顺德区榫卯木作工坊有限公司
- 乙方（开发方）：广州匠链信息科技有限公司

甲方为实木家具定制生产企业，拟引进乙方"匠链工序追踪系统"，实现订单拆单、板材下料、榫卯加工、打磨、涂装、组装及出货各工序的扫码报工与进度追踪。双方依据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"匠链工序追踪系统"标准版软件的使用许可，许可方式为永久许可，安装于甲方本地服务器，工位终端数量不超过四十个。

1.2 乙方根据甲方需求进行定制开发，包括：定制订单拆单规则、木材批次及含水率记录模块、工序计件工资统计模块、与甲方现有财务软件的数据接口、车间看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 标准版软件的功能清单详见附件一，定制开发内容以双方确认的需求规格说明书为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪系统标准版永久许可（40工位） | 168,000 |
| 2 | 定制开发（拆单规则、木材批次、计件统计、财务接口、车间看板） | 214,000 |
| 3 | 安装部署、数据初始化及培训 | 38,000 |
| | 合计 | 420,000 |

合同总金额为人民币肆拾贰万元整（¥420,000.00），含税。工位终端扫码枪、看板显示屏等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的65%，即¥273,000，乙方收款后启动开发工作。

3.2 系统上线运行后五个工作日内，甲方支付剩余35%，即¥147,000。

3.3 甲方逾期付款的，乙方有权暂停开发、实施及技术支持服务，由此造成的工期延误由甲方负责；每逾期一日，甲方按应付金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

4.1 乙方应在收到首期款后七十五日内完成定制开发并安装部署。

4.2 系统安装完成后，乙方通知甲方上线运行。系统上线运行即视为甲方验收合格，甲方不再另行组织验收。

4.3 甲方在上线后发现的功能问题，乙方按第六条提供技术支持予以处理。

4.4 甲方未按期具备上线条件的，自乙方书面通知之日起满十日，视为系统已上线运行。

## 第五条 知识产权

5.1 "匠链工序追踪系统"及其全部版本的著作权归乙方所有。

5.2 乙方根据本合同为甲方定制开发的功能模块、接口程序及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定的工位范围内享有非独占、不可转让的使用权，未经乙方书面许可，不得修改、反向工程或交由第三方维护。

5.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第六条 免费维护与技术支持

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障处理：系统无法登录、无法报工等严重故障，乙方在接到甲方报修后8小时内响应，并尽快安排处理；一般问题在三个工作日内答复。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。

6.4 免费维护范围不包括因甲方硬件、网络、病毒或第三方软件引起的问题；乙方派员到现场服务的，差旅费用由甲方承担。

## 第七条 数据

7.1 甲方在系统中录入和产生的订单、工序、员工计件及财务数据归甲方所有，乙方不得用于本合同以外的目的。

7.2 乙方在远程维护时应使用甲方开通的临时账号，维护结束后由甲方关闭；乙方应采取必要措施防止甲方数据泄露、丢失或被篡改。

7.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，并承担相应的赔偿责任。

## 第八条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意，不得向第三方披露，保密期限为合同终止后两年。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

9.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总金额的20%。

9.3 任何情况下，乙方均不对甲方的间接损失、利润损失、停工损失承担责任。

9.4 第三方主张标准版软件侵犯其知识产权的，乙方负责处理，并可选择修改或替换相关功能，使其不再构成侵权。

## 第十条 合同解除

10.1 任何一方严重违反本合同约定，经守约方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

10.3 合同解除后，甲方应停止使用乙方软件并删除全部安装副本。

## 第十一条 不可抗力

因不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方根据影响程度部分或全部免除责任。

## 第十二条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼，诉讼费、律师费由败诉方承担。

## 第十三条 需求确认与变更

13.1 合同签订后十五日内，乙方派需求分析人员到甲方车间调研，编制《需求规格说明书》，经甲方签字确认后作为开发依据。甲方确认后提出的需求调整，视为需求变更。

13.2 需求变更由甲方书面提出，乙方评估工作量后报价，双方签订变更确认单后实施，工期相应顺延。变更费用按每人日1,800元计算。

13.3 甲方未在乙方提交需求规格说明书后五个工作日内提出书面意见的，视为确认。

## 第十四条 甲方义务

14.1 甲方应指定项目联系人，及时提供工序流程、计件单价、木材编码规则等基础资料，并保证资料真实准确。

14.2 甲方应自行准备满足乙方配置要求的服务器、网络环境、扫码枪及车间看板显示屏，并保证上线时到位。

14.3 甲方应组织车间班组长和报工人员参加培训，并按乙方提供的操作规范使用系统。因甲方操作不当或擅自修改系统配置导致的故障，乙方提供的处理服务另行收费。

## 第十五条 乙方义务

15.1 乙方应按约定的功能完成开发，保证系统能够在甲方环境中正常安装运行。

15.2 乙方应向甲方提供系统操作手册和管理员手册电子版各一份。

15.3 乙方应安排实施工程师到甲方现场进行不少于五个工作日的上线辅导，协助甲方完成首批订单的拆单、报工和出货操作。

## 第十六条 培训

16.1 乙方为甲方提供一次集中培训，培训对象为甲方管理员、车间主任和班组长，培训时长不少于两天，培训地点在甲方厂区。

16.2 培训结束后甲方人员需增加培训的，乙方按每人日1,500元另行收费。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，双方如有补充约定，以书面补充协议为准。

甲方（盖章）：佛山市顺德区榫卯木作工坊有限公司　　　　乙方（盖章）：广州匠链信息科技有限公司

签约日期：2027年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FMS-CN-2027-011
P:This Agreement is made between Ningbo Haiyue Precision Mould Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Customer"), and Fenland Metrology Software Limited, a company registered in England and Wales with its registered office at Old Market, Wisbech, Cambridgeshire, United Kingdom (the "Vendor").
P:The Customer designs and manufactures injection moulds for automotive and appliance makers. It wishes to acquire a perpetual licence of the Vendor's MouldTrace quality and measurement management software and to have the Vendor implement it at its Beilun plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MouldTrace software modules listed in Annex 1, in object code, including any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the inspection templates, CMM programme converters, report layouts, interfaces to the Customer's ERP and MES systems and any other work product created by the Vendor specifically for the Customer under this Agreement, including source code and documentation.
P:1.3 "Customer Data" means all measurement results, drawings, mould records, supplier data and other information entered into or generated by the Software at the Customer's site.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its sites in the People's Republic of China for up to 85 named users and 14 coordinate measuring machine connections.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by law.
P:2.3 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,860,000 (one million eight hundred and sixty thousand yuan), inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,260,000; implementation services (installation, configuration, Custom Deliverables, data migration) CNY 540,000; training CNY 60,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 372,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 837,000) within 30 days after the Software has been installed on the Customer's servers and the installation report has been signed. Signature of the installation report is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 651,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor. Each party bears its own bank charges.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall complete installation within 45 days after signature and shall complete the implementation, including all Custom Deliverables, within 150 days after signature, in accordance with the project plan in Annex 2.
P:5.2 Acceptance tests shall be carried out on the Customer's production data. The Software and Custom Deliverables pass the tests if: (a) every function listed in Annex 1 performs as specified; (b) measurement data from all 14 machines are imported without loss or alteration; (c) the ERP and MES interfaces exchange data correctly for 20 consecutive working days; (d) standard inspection reports are generated in less than 5 seconds; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 If any test fails, the Vendor shall correct the defect at its own cost and repeat the test within 15 days. Productive use of the Software before Final Acceptance does not constitute acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Final Acceptance by the date in Annex 2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 13.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for 24 months after Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 and their documentation.
P:7.2 During the Warranty Period the Vendor shall correct all defects free of charge and shall supply all updates and new versions of the Software that it makes generally available to its customers.
H:Article 8 Support Levels
P:8.1 During the Warranty Period and any support term, the Vendor shall provide support through a Chinese- and English-speaking helpdesk. Severity 1 means that the Software is unavailable or measurement data cannot be recorded. Severity 2 means that an important function is impaired without a workaround.
P:8.2 The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and provide a workaround within 8 hours. It shall respond to a Severity 2 incident within 2 business hours and provide a fix or workaround within 2 business days.
P:8.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall pay a service credit of CNY 1,000. Service credits are deducted from the next payment due or paid on demand.
H:Article 9 Post-Warranty Support
P:9.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, namely CNY 138,600 per year, and shall not be increased during the first three support years.
P:9.2 Support is ordered by separate purchase order each year and does not renew automatically. Support includes the services in Article 8 and all updates and new versions.
H:Article 10 Intellectual Property in Custom Deliverables
P:10.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance.
P:10.2 The Customer may use, modify and license the Custom Deliverables without restriction, and may engage third parties to maintain them.
P:10.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:11.2 The Vendor's remote access to the Customer's systems requires the Customer's approval for each session and shall be made through the Customer's VPN with multi-factor authentication. No Customer Data shall be transferred outside the Customer's systems without the Customer's prior written consent.
P:11.3 The Vendor shall comply with the applicable data protection and data security laws of the People's Republic of China, keep its personnel under written obligations, and notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data. The Vendor is liable for any such incident caused by it or its personnel.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including mould designs, customer drawings, prices and software documentation, and shall use it only for this Agreement. This obligation continues for seven years after the end of this Agreement.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:13.2 The Customer may also terminate under Article 6.2. On such termination the Vendor shall refund all sums paid for Software and services that have not achieved Final Acceptance.
H:Article 14 Liability
P:14.1 Each party's total liability arising out of this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury caused by negligence, fraud, infringement indemnities under Article 10.3 or breaches of Articles 11 and 12.
P:14.2 Neither party is liable for loss of profit or indirect loss, except as stated in Article 14.1.
H:Article 15 Subcontracting and Assignment
P:15.1 The Vendor shall not subcontract any part of the implementation services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:15.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 90 days, either party may terminate this Agreement by notice.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement and any non-contractual obligations arising from it are governed by the laws of England and Wales.
P:17.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 18 General
P:18.1 This Agreement, together with Annex 1 (Software Modules and Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is signed in two originals in English. Each party keeps one original.
P:Signed for the Customer: ____________________  Name and title: ____________________
P:Signed for the Vendor: ____________________  Name and title: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: ROUTEWISE DELIVERY PLANNING SERVICE

**Order Form No. RW-APAC-2027-0042**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER FORM

### A1. Parties

- **Provider:** Ouse Valley Logistics Software Ltd, a company registered in England and Wales, Priory Business Park, St Neots, Cambridgeshire, United Kingdom.
- **Customer:** Chengdu Tianfu Fresh Foods Distribution Co., Ltd., No. 88 Gongxing Road, Shuangliu District, Chengdu, Sichuan Province, People's Republic of China.

### A2. Service

RouteWise, the Provider's cloud service for delivery route planning, driver dispatch, proof of delivery and cold-chain temperature tracking, in the Enterprise edition, for up to 260 vehicles, 320 driver app users and 45 dispatcher and manager users, together with the onboarding services described in A4. The functions of the Enterprise edition are described in the Service Description attached as Annex 1.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months and consists of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section 4 of Part B. The Agreement ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Enterprise subscription, Subscription Year 1 | 260 vehicles, 365 users | 386,000 |
| Enterprise subscription, Subscription Year 2 | same scope, same fee | 386,000 |
| Onboarding services | one-time: configuration, depot and customer data import, ERP and WMS connectors, training | 58,000 |
| **Total Fees** | | **830,000** |

All Fees are in Chinese yuan (CNY) and include VAT. Fees are fixed for the Subscription Term. Additional vehicles may be added at CNY 1,350 per vehicle per Subscription Year, pro rata; such usage fees are outside the Total Fees.

### A5. Invoicing and Payment

- The Customer makes no payment on signature.
- The onboarding fee is invoiced after Go-Live Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Invoices are payable within thirty (30) days of receipt by bank transfer to the Provider's account in China.
- Hosting partner: the Service is hosted in the Chengdu region of a mainland Chinese cloud provider named in Annex 2, which the Customer approves by signing this Order Form.

### A6. Key Contacts and Signature

Provider account manager: Helen Marsh. Customer project lead: Mr Luo Jian, Head of Fleet Operations. Each party signs below to accept Part A and Part B.

For the Provider: ____________________  For the Customer: ____________________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the RouteWise cloud service described in Part A, including the driver app and the application programming interfaces made available to the Customer.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including customer addresses, orders, delivery records, driver details, vehicle locations and temperature readings, and all outputs of the Service derived from them.

1.3 "Customer Configurations" means the route rules, delivery zones, dispatch templates, report layouts and connectors built by the Provider specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with Annex 1 and this Agreement.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces the functions described in Annex 1.

2.3 The Customer is responsible for the accuracy of the data it enters and for keeping its user credentials to itself.

2.4 The Provider shall offer support in Chinese and English by telephone, email and an online portal. Priority 1 faults may be reported at any time; other requests are handled from 08:00 to 20:00 China Standard Time on business days.

### 3. Onboarding

3.1 The Provider shall carry out the onboarding services and make the Service ready for Go-Live Acceptance by the Target Go-Live Date, which is sixty (60) days after signature of the Order Form.

3.2 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to a maximum of CNY 42,000.

### 4. Go-Live Acceptance

4.1 The Customer shall test the configured Service within ten (10) business days after the Provider gives notice that it is ready. The Service passes the tests if: (a) routes for all nine depots are planned correctly for three consecutive working days of real orders; (b) the ERP and WMS connectors exchange orders and delivery confirmations without loss; (c) the driver app records proof of delivery and temperature readings for every stop; and (d) no Priority 1 or Priority 2 fault is open.

4.2 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate. If they fail, the Provider shall correct the faults and the tests shall be repeated.

### 5. Service Levels

5.1 The Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 faults (the Service or the driver app unavailable, or route planning impossible for any depot) shall be responded to within thirty (30) minutes at any time and resolved or worked around within three (3) hours. Priority 2 faults shall be responded to within two (2) hours during business hours.

5.3 If monthly availability falls below the level in 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below that level. A late Priority 1 response earns a credit of CNY 500 per hour. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider obtains no rights in Customer Data other than the right to process it to provide the Service to the Customer under this Agreement, and shall not use Customer Data for any other purpose.

6.2 At the end of the Subscription Term the Provider shall, at the Customer's request, return all Customer Data in a standard machine-readable format within thirty (30) days and then delete it from the Service.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service, its software and documentation.

7.2 Customer Configurations belong to the Customer. The Customer may use, modify and have third parties use them freely, and the Provider shall export them in a documented format on request.

### 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked as confidential or should reasonably be understood to be confidential, use it only for this Agreement, and not disclose it to any third party except to its employees and advisers who need to know it and are bound by similar obligations.

8.2 This Section 8 survives for three (3) years after the end of the Agreement.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the total Fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

### 10. Subcontracting

10.1 Other than the hosting partner approved in Part A, the Provider shall not subcontract any part of the Service without the Customer's prior written consent, and remains responsible for every subcontractor.

### 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within thirty (30) days after written notice.

11.2 If the Customer terminates under 11.1, the Provider shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices shall be in writing and sent to the contacts in A6 by courier or email.

13.2 Neither party may assign the Agreement without the other party's written consent.

13.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly. If such an event lasts more than sixty (60) days, either party may end the Agreement by notice.

13.4 This Agreement is the entire agreement of the parties regarding the Service and may be amended only in writing signed by both parties.
"""

E03 = """T:SUPPLY CONTRACT FOR MACHINE CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. FCP-EQ-2027-0135
P:Buyer: Hangzhou Fuchun Specialty Paper Co., Ltd., Fuyang District, Hangzhou, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Granta Condition Monitoring Ltd, a company registered in England and Wales, Shire Hill Industrial Estate, Saffron Walden, Essex, United Kingdom (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates three paper machines and their drives, pumps and fans at its Fuyang mill, and is buying a wireless condition monitoring system to detect bearing and gearbox failures early. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's VibroSight monitoring software and its analytics modules, licensed under clause 2.
P:1.3 "Custom Work" means the machine models, alarm thresholds, dashboards, interface to the Buyer's DCS and maintenance management system, and any other deliverable prepared by the Supplier for the Buyer, with its source code and documentation.
P:1.4 "Buyer Data" means all vibration, temperature and process data collected by the Equipment or processed by the Software, and all reports and analyses based on them.
H:2. Scope and Licence
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's mill, prepare the Custom Work, and train the Buyer's staff, as set out in the Technical Specification (Annex A).
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive and non-transferable licence to use the Software on the Buyer's own servers for an unlimited number of users and for up to 600 measurement points. The licence includes the right to make backup and test copies.
P:2.3 The Equipment shall be new and of current manufacture, with the explosion protection and ingress ratings stated in Annex A.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,836,000, including VAT, packing, transport to the mill, insurance, customs clearance and all other charges. It is fixed and is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX rated|320|2,150|688,000
TB:2|Wireless temperature sensor|180|1,120|201,600
TB:3|Industrial wireless gateway with mounting kit|24|8,600|206,400
TB:4|VibroSight monitoring software, perpetual licence (600 points)|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,516,000
TB:5|Installation and commissioning|1 lot|168,000|168,000
TB:6|Configuration, machine models and DCS / CMMS interfaces|1 lot|126,000|126,000
TB:7|Training of operators and reliability engineers|1 lot|26,000|26,000
TB:|Contract Price|||1,836,000
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 183,600) within 15 days after the Buyer receives an advance payment guarantee from a bank acceptable to it.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 1,009,800) within 30 days after the Buyer signs the Installation Certificate. The Installation Certificate only records that the Equipment has been installed and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 642,600) within 30 days after the Buyer signs the Final Acceptance Certificate.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment within 60 days and complete installation and commissioning within 100 days after the Contract date.
P:5.2 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate under clause 13.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance requires that: (a) all 500 sensors report data at the configured interval with a packet loss rate below 0.5%; (b) sensor readings agree with the Buyer's calibrated portable analyser within the tolerance in Annex A; (c) alarms reach the DCS and the maintenance system within 10 seconds; (d) the Custom Work complies with Annex A; and (e) no Severity 1 fault occurs during the trial period.
P:6.2 If these criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 days. Otherwise the Supplier shall correct the defects and the trial period shall restart. Use of the system before Final Acceptance is not acceptance.
H:7. Warranty
P:7.1 The Equipment and the Software are warranted for 36 months from the date of Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide all Software updates.
P:7.2 Replaced Equipment shall be delivered to the mill within 5 working days of the fault report, at the Supplier's cost.
H:8. Technical Support
P:8.1 The Supplier shall provide technical support in Chinese through its Shanghai service office throughout the warranty period.
P:8.2 Faults are classified as follows:
TB:Severity|Description|Response time|Resolution time
TB:Severity 1|Monitoring of a paper machine is lost or alarms are not delivered|30 minutes|8 hours (on site if required)
TB:Severity 2|Loss of a gateway or a group of sensors|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|10 working days
P:8.3 For each hour by which a Severity 1 response or resolution time is exceeded, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any payment or from the guarantee.
H:9. Support after Warranty
P:9.1 After the warranty period the Buyer may purchase annual support at a fee of 9% of the Hardware and Licence Subtotal, namely CNY 136,440 per year. This fee is fixed for the first three years of support and includes the services of clause 8, replacement of failed Equipment and Software updates.
P:9.2 Support is ordered annually by the Buyer and does not renew automatically.
H:10. Intellectual Property
P:10.1 The Custom Work, including its source code, belongs to the Buyer from the time it is created. The Buyer may use, modify and license it freely and may have it maintained by third parties.
P:10.2 The Supplier retains the intellectual property in the Software and the Equipment firmware, which the Buyer may use under the licence in clause 2.
H:11. Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep copies or use it for any other purpose, including product development.
P:11.2 The system is installed in the Buyer's network. The Supplier shall access it remotely only with the Buyer's approval for each session, through the Buyer's VPN and jump server, and shall follow the Buyer's information security rules.
P:11.3 The Supplier shall notify the Buyer within 6 hours of any security incident affecting Buyer Data or the Buyer's network that it becomes aware of, help the Buyer to contain it, and bear the consequences of any incident caused by the Supplier or its personnel.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's production, processes, equipment and business that it obtains under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for three years.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or under clause 5.2. The Supplier shall then refund the payments received for undelivered or unaccepted items and compensate the Buyer's losses.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 11 and 12, which are unlimited.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:17. Training and Documentation
P:17.1 The Supplier shall train up to 12 operators and 6 reliability engineers at the mill, in Chinese, for at least four days in total, covering sensor mounting and replacement, gateway configuration, alarm handling, spectrum and trend analysis and routine administration of the Software.
P:17.2 Before Final Acceptance the Supplier shall hand over as-built drawings, the measurement point list, user and administrator manuals and the documentation of the Custom Work, in Chinese and English.
H:18. Site Work
P:18.1 The Supplier's personnel shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures near running machines, and shall attend the Buyer's safety induction before starting work. Work on running machines requires the approval of the Buyer's shift supervisor.
P:18.2 The Supplier shall keep the work area tidy and remove its packing and waste from the mill.
H:19. General
P:19.1 This Contract is made in English and Chinese in four originals; the two languages have equal force.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED IT INFRASTRUCTURE SERVICES AGREEMENT

Agreement reference: CIT-MSA-2027-07

**Between**

1. **Wuxi Lianhe Automotive Components Co., Ltd.**, a company incorporated in the People's Republic of China, No. 16 Xinhua Road, Xinwu District, Wuxi, Jiangsu Province (the "Customer"); and
2. **Chelmer IT Services Ltd**, a company registered in England and Wales, Chelmsford Road Industrial Estate, Great Dunmow, Essex, United Kingdom, acting through its service centre in Suzhou Industrial Park (the "Provider").

**Background.** The Customer runs two plants and a head office in Wuxi with about 1,400 users. It wishes to outsource the operation of its service desk, end-user support, servers, storage and site networks to the Provider for a fixed term, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

## 2. Term

2.1 This Agreement starts on the date of signature (the "Effective Date") and continues for a term of thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 The Agreement ends automatically at the end of the Term. Any extension must be agreed in writing by both parties, at charges to be negotiated at that time.

## 3. Transition

3.1 The Provider shall carry out the transition described in Schedule 1, Part B, including the takeover of the existing documentation, tools and open tickets from the Customer's current support team, within seventy-five (75) days after the Effective Date.

3.2 If Transition Acceptance is not achieved within that period for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that: (a) all 620 servers, storage arrays and network devices in the asset register are monitored by the Provider's tools; (b) the service desk handles all Customer tickets in Chinese and English for fourteen (14) consecutive days, meeting the Service Levels; (c) backups of all critical systems are completed and a test restore of the ERP database succeeds; and (d) the runbooks listed in Schedule 1 are delivered and approved by the Customer's IT manager.

4.2 When these criteria are met the Customer shall sign the Transition Acceptance Certificate. Running the Services during transition is not acceptance.

## 5. Service Delivery

5.1 The Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice, using appropriately qualified staff.

5.2 The Provider shall keep a resident team of at least six engineers at the Customer's sites during business hours and provide remote support at all other times.

5.3 The Provider shall report monthly on performance against the Service Levels and meet the Customer's IT manager each month to review the Services.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,634,000, including VAT, and the Charges are fixed for the Term.

6.2 On the Effective Date, before transition begins, the Provider shall invoice the Transition Charge together with the Monthly Service Charges for Contract Year 1 as a single advance payment of CNY 1,002,000, payable within fifteen (15) days.

6.3 The Monthly Service Charges for Contract Years 2 and 3 are invoiced quarterly in advance and payable within thirty (30) days of receipt of a valid VAT invoice.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and shall not copy, keep or use it for any other purpose.

7.2 The Provider shall apply the security measures in Schedule 1, Part C, including named accounts, multi-factor authentication for privileged access, logging of all administrator sessions through the Customer's jump server, and encryption of backups. No Customer Data may leave mainland China.

7.3 The Provider shall notify the Customer within two (2) hours of discovering any security incident affecting Customer Data or the Customer's systems, cooperate fully in the investigation, and bear the costs and losses caused by incidents attributable to it.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's product drawings, prices, system configurations and passwords, use it only for this Agreement and not disclose it to any third party without prior written consent. This clause survives for three (3) years after the Agreement ends.

## 9. Intellectual Property

9.1 Runbooks, scripts, configuration records, reports and other materials prepared by the Provider specifically for the Customer belong to the Customer, which may use and modify them freely and give them to any later service provider.

9.2 The Provider keeps the rights in its own monitoring and ticketing tools, which it licenses to the Customer for the Term.

## 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.

## 11. Termination

11.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, enters into liquidation or ceases to carry on business.

11.2 Except under clause 11.1, this Agreement may not be terminated before the end of the Term. If the Provider breaches this Agreement, including by failing to meet the Service Levels, the Customer's remedies are the Service Credits under Schedule 2 and damages under clause 12, and the Customer has no right to terminate the Agreement for that breach.

11.3 On expiry or termination, the Provider shall provide up to sixty (60) days of exit assistance, hand over all documentation and Customer Data, and cooperate with any new service provider.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or breach of clauses 7 and 8.

12.2 Neither party is liable for indirect loss or loss of profit.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final.

## 14. Key Personnel

14.1 The Provider shall appoint a service delivery manager based in Wuxi, who shall not be replaced without the Customer's approval except for illness or resignation.

14.2 The Provider's staff shall comply with the Customer's site rules, including safety rules in production areas, and the Customer may require the removal of any person who breaches them.

## 15. Changes

15.1 Either party may request a change to the Services. The Provider shall give a written impact assessment within ten (10) business days, and no change takes effect until both parties sign a change note stating any change to the Charges.

15.2 Changes in the number of users or devices within a range of ten per cent of the figures in Schedule 1 are covered by the Monthly Service Charge.

## 16. General

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 Neither party is liable for delays caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to continue performance.

16.3 This Agreement, with its Schedules, is the entire agreement between the parties and may be amended only in writing signed by both parties.

## Schedule 1: Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | 24x7 telephone, email and portal support in Chinese and English for about 1,400 users |
| A2 | End-user support | desk-side support at the two plants and head office, PC imaging and replacement |
| A3 | Server and storage operations | 620 devices: monitoring, patching, backup, capacity management |
| A4 | Network operations | plant and office LAN, Wi-Fi, firewalls, site links |
| B | Transition | takeover of documentation and tickets, tool deployment, runbooks |
| C | Security measures | named accounts, MFA, jump server logging, encrypted backups, monthly vulnerability scans |

## Schedule 2: Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of core network and ERP servers (monthly) | at least 99.95% | 3% of the Monthly Service Charge per 0.02 percentage point below |
| Priority 1 incident response | 15 minutes | CNY 1,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident response | 1 hour | CNY 300 per hour late |

Service Credits are deducted from the next invoice. Priority 1 means a failure that stops production at a plant, or the ERP system or site network being unavailable to a plant or the head office.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 186,000 |
| Monthly Service Charge | CNY 68,000 per month for 36 months | 2,448,000 |
| **Total Contract Value** | | **2,634,000** |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API LICENCE AGREEMENT

Agreement No. CVMD-CN-2027-019

PARTIES

(1) Colne Valley Market Data Limited, a company registered in England and Wales, whose office is at Head Street, Halstead, Essex, United Kingdom (the "Provider").

(2) Qingdao Haida International Trading Co., Ltd., a company incorporated in the People's Republic of China, whose office is at Hong Kong Middle Road, Shinan District, Qingdao, Shandong Province (the "Customer").

BACKGROUND

The Provider publishes daily price assessments, freight rates and trade-flow statistics for pulp, paper, recovered fibre and timber products, and delivers them through a web portal and an application programming interface (the "API"). The Customer trades pulp and paper products and wishes to subscribe to this data for two Subscription Years and to have it connected to its internal trading and risk systems.

1. DEFINITIONS

1.1 "Licensed Data" means the price assessments, indices, historical series, freight rates, statistics and commentary made available through the Service.

1.2 "Service" means the Provider's portal, the API and the data feeds for the data packages listed in clause 3.

1.3 "Subscription Year" means each of the two consecutive annual periods described in clause 2.1.

1.4 "Customer Data" means the watchlists, user details, query history, internal reference prices and other information that the Customer or its users submit to the Service.

1.5 "Custom Deliverables" means the connectors, data mappings and dashboards built by the Provider for the Customer under clause 5.

2. TERM

2.1 This Agreement starts on the date of signature. The first Subscription Year begins on the Activation Date, which is the date on which the Provider issues the Customer's production API credentials, and the second Subscription Year begins on the first anniversary of the Activation Date.

2.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing before expiry.

3. DATA PACKAGES AND USERS

3.1 The subscription covers the following data packages: (a) Global Pulp Prices (daily, with history from 2010); (b) China Paper and Board Prices (weekly); (c) Recovered Fibre Prices (weekly); (d) Dry Bulk and Container Freight for Forest Products (weekly); and (e) Monthly Trade Flow Statistics.

3.2 The Customer may give access to up to 25 named users in its trading, risk and finance departments, and may call the API up to 200,000 times per Subscription Year. Calls above that volume are charged at CNY 0.40 each and are outside the Total Fees.

4. FEES AND PAYMENT

4.1 The fees are as follows:

Subscription Year 1 (all data packages, 25 users, API access): CNY 348,000
Subscription Year 2 (same scope; the fee will not be increased): CNY 348,000
Integration services (one-time, clause 5): CNY 42,000
Total Fees: CNY 738,000

4.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after Integration Acceptance under clause 5.3. No amount is payable on signature.

4.3 Invoices are payable within thirty (30) days of receipt. All fees are in CNY and include VAT. The Provider will issue VAT invoices through its agent in Shanghai.

5. INTEGRATION SERVICES

5.1 The Provider shall build connectors that load the Licensed Data from the API into the Customer's trading system and risk database, map the Provider's series codes to the Customer's product codes, and build three management dashboards specified in Annex 2.

5.2 The Provider shall aim to complete the integration services within forty-five (45) days after the Activation Date.

5.3 Integration Acceptance. The Customer shall test the integration within ten (10) business days after the Provider's notice of completion. The integration passes if: (a) all series listed in Annex 2 load automatically every day for ten consecutive business days; (b) values in the Customer's systems match the values published on the portal; (c) the historical series back to 2010 are loaded completely; and (d) the dashboards show the figures specified in Annex 2. If a test fails, the Provider shall fix the fault and the Customer shall test again.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the Service available and to publish the Licensed Data in accordance with its published schedule. The Provider does not guarantee that the Service will be uninterrupted or error free.

6.2 The Provider will provide support by email and telephone during UK business hours and will use reasonable efforts to answer questions and correct errors promptly.

6.3 The Provider may carry out maintenance of the Service at any time, and will try to give notice of planned maintenance on the portal.

6.4 The Provider may change its methodology for any price assessment after public consultation and will notify the Customer of such changes.

7. LICENCE AND PERMITTED USE

7.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the term to use the Licensed Data for its internal business purposes, including trading decisions, risk management, internal reports and reports to its bank lenders.

7.2 The Customer shall not resell the Licensed Data or publish it in bulk, and shall not use it to create a competing price index. Derived figures that cannot be reverse engineered into the Licensed Data may be used without restriction.

7.3 On expiry the Customer may keep Licensed Data downloaded during the term for archive, audit and regulatory purposes.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the Service and the Licensed Data.

8.2 The Custom Deliverables, including their source code, belong to the Customer on delivery. The Customer may use, modify and license them freely and may have them maintained by others.

9. CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Service to the Customer and shall not analyse, share or reuse it for any other purpose, including in aggregated or anonymised form.

9.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control limited to named support staff, and logging of access. API credentials shall be stored in encrypted form and may be rotated by the Customer at any time.

9.3 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and be liable for the Customer's losses resulting from any such incident caused by the Provider.

9.4 On expiry or termination the Provider shall delete all Customer Data within thirty (30) days and confirm the deletion in writing.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's confidential information, including the terms of this Agreement, the Customer's trading positions and internal prices, and the Provider's unpublished data and methods. Neither party shall disclose such information to a third party without the other's prior written consent, except to its professional advisers or as required by law.

10.2 This clause survives for three (3) years after this Agreement ends.

11. LIABILITY

11.1 The Licensed Data are assessments of market prices. The Provider does not warrant that they are suitable for any particular trading decision, and the Customer is responsible for its own decisions.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

11.3 Each party's total liability under this Agreement shall not exceed twice the Total Fees. The limit does not apply to breach of clauses 9 and 10 or to wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract the integration services or the hosting of Customer Data without the Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not remedy the breach within thirty (30) days after written notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the part of the subscription fee that relates to the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitration award is final and binding.

15. COMPLIANCE AND FORCE MAJEURE

15.1 Each party shall comply with the laws that apply to it in performing this Agreement, including the data protection and cross-border data transfer laws of the People's Republic of China. The Customer shall not upload personal information to the Service other than the business contact details of its named users.

15.2 Neither party is liable for a failure or delay caused by events beyond its reasonable control, including failures of public telecommunications networks, natural disasters, epidemics and acts of government, provided that it informs the other party promptly and resumes performance as soon as possible. If such an event lasts more than sixty (60) days, either party may terminate this Agreement by written notice, and the Provider shall refund the fees relating to the period after termination.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above, or by email to the contacts named in Annex 1.

16.2 This Agreement, with Annex 1 (Contacts and Users) and Annex 2 (Integration Specification), is the entire agreement between the parties and may be changed only in writing signed by both parties.

SIGNED for and on behalf of the Provider: ____________________

SIGNED for and on behalf of the Customer: ____________________
"""

# ---------------------------------------------------------------- targets, labels, design
NAMES = {
    "z01": ("h1128z01_market_regulator_livestream_platform.pdf", "pdf", Z01),
    "z02": ("h1128z02_labeller_plant_control_retrofit.docx", "docx", Z02),
    "z03": ("h1128z03_housekeeping_training_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1128z04_spoil_yard_cctv_annual_om_service.txt", "txt", Z04),
    "z05": ("h1128z05_woodwork_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1128e01_mould_qms_perpetual_licence_wisbech_vendor.pdf", "pdf", E01),
    "e02": ("h1128e02_delivery_routing_saas_order_form_st_neots.md", "md", E02),
    "e03": ("h1128e03_paper_mill_condition_sensors_saffron_walden.docx", "docx", E03),
    "e04": ("h1128e04_managed_it_services_36_months_dunmow.md", "md", E04),
    "e05": ("h1128e05_pulp_price_data_api_subscription_halstead.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsc, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsc, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed), contract value,
#       fee base for TCO, forum outside mainland, designed rules, price parts that must sum to the value)
D = {
    "z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                                True, False, "PRC", G),
            (True, True, True, False), 2120000, 1180000, False, [],
            [1180000, 760000, 138000, 42000]),
    "z02": ("zh", "hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False,
                                True, True, "PRC", G),
            (True, True, True, False), 1900000, 1532000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
            [768000, 228000, 84000, 216000, 236000, 198000, 146000, 24000]),
    "z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                             True, True, False, "PRC", S),
            (True, True, None, False), 702000, None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
            [30 * 9800 * 2, 96000, 18000]),
    "z04": ("zh", "services", T(None, 0.5, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
                                False, True, False, "PRC", S),
            (True, True, None, False), 436000, None, False,
            ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
            [109000] * 4),
    "z05": ("zh", "software", T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None,
                                False, True, None, None, G),
            (True, True, False, True), 420000, 168000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
            [168000, 214000, 38000]),
    "e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False,
                                True, False, "England and Wales", G),
            (True, True, True, False), 1860000, 1260000, True, ["CR-GOVERNING-LAW"],
            [1260000, 540000, 60000]),
    "e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", False, True, True, 700 / 830000 * 100, 6 / 24 * 100, None,
                             True, None, None, None, False, True, False, "PRC", S),
            (True, True, None, False), 830000, None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
            [386000, 386000, 58000]),
    "e03": ("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False,
                                True, False, "PRC", G),
            (True, True, True, False), 1836000, 1516000, False, [],
            [688000, 201600, 206400, 420000, 168000, 126000, 26000]),
    "e04": ("en", "services", T(99.95, 0.25, True, "buyer", True, True, True, 2000 / 2634000 * 100, 150,
                                1002000 / 2634000 * 100, True, None, None, None, False, False, False, "PRC", S),
            (True, True, None, False), 2634000, None, False, ["CR-PREPAYMENT", "CR-TERMINATION"],
            [186000, 68000 * 36]),
    "e05": ("en", "cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None,
                             False, True, False, "PRC", S),
            (False, False, None, False), 738000, None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
            [348000, 348000, 42000]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
                 "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}
# policy thresholds (section 3 defaults), and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, extra, cv, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not extra[2] or t["warranty_months"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = post_years * base * t["post_warranty_fee_pct"] / 100
    return post / (cv + post) * 100


def derive(t, extra, cv, base, forum_outside):
    sla, ld_stated, capped, deemed = extra
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, cv, base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    return "low" if rules in ([], ["CR-GOVERNING-LAW"]) else "medium"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<!十)四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:\(30\)\s*)?" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*(?:\(15\)\s*)?" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:\(40\)\s*)?" + PCT,
    r"(?<!\d)12\s*(?:-\s*)?(?:months?|个月)", r"十二\s*个?\s*月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"\bone\s*(?:\(1\)\s*)?(?:-\s*)?year(?!s)", r"(?<![第每十])一\s*年",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)", r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?", r"(?<![第每十])五\s*年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "four hours", "0.05%", "0.05 per cent", "万分之五",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12个月", "十二个月", "twelve (12) months", "12-month", "one year", "一年", "1 year",
            "five years", "5 years", "五年", "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "0.08%", "0.02%", "130%", "150%", "115%", "415%", "0.30%",
             "2027年12月31日", "thirty (30) days", "25.0", "百分之三十五", "第一年", "每年", "five working days",
             "5 working days", "120 months", "2025年", "14 hours", "45%", "35%", "fourteen (14) days", "20%"]


def hits(text):
    return [p.pattern for p in RX if p.search(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), ("must miss", s, hits(s))


# ---------------------------------------------------------------- build and read back
def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (name, kind, src) in NAMES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, kind, src) in NAMES.items():
        lang, cat, t, extra, cv, base, forum, design, parts = D[key]
        assert sum(parts) == cv, (key, sum(parts), cv)
        rules = derive(t, extra, cv, base, forum)
        assert rules == sorted(design), (key, rules, design)
        assert risk(rules) == EXPECTED_RISK[key], (key, risk(rules))
        covered |= set(rules)
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        share = tco_share(t, extra, cv, base)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        text = readback(OUT / name)
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
        found = [h for v in variants for h in hits(v)]
        assert not found, (key, found)
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = extra[2]
        ex["acceptance_deemed_on_delivery"] = extra[3]
        ex["contract_value"] = cv
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        print("%-60s %5d %s  %s  tco=%s" % (name, n, "chars" if lang == "zh" else "words", risk(rules),
                                           None if share is None else round(share, 2)), rules)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
