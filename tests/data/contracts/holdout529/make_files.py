"""holdout529: ten blind, ordinary draft contracts and their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Writes the ten contracts (.pdf / .docx via ../word_pdf.py, .txt / .md as text), their .json labels, then reads every
built file back, measures it, scans it and its source for threshold figures, and checks that the expected rules
derived from the labels (my own reading of policy.md section 3) match the design and cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:江州市烟草专卖局 零售户服务平台建设项目 采购合同
P:合同编号：JZYC-ZFCG-2026-017　　政府采购项目编号：JZCG2026-GK-0342
P:甲方（采购人）：江州市烟草专卖局　　地址：江州市滨江大道188号
P:乙方（供应商）：江州云途信息技术有限公司　　地址：江州市高新区创业路66号
P:鉴于甲方通过公开招标方式采购“零售户服务平台建设项目”，乙方为中标供应商，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供零售户服务平台软件许可（不限用户数，永久使用），并完成订货服务、信用评价、消息推送、数据看板四个模块的定制开发，以及部署、数据迁移和培训。
P:1.2 平台服务对象为全市约九千二百户卷烟零售户，部署于甲方政务云资源。零售户通过微信小程序和网页端登录，客户经理通过移动端处理走访、订货提醒和投诉回访。
P:1.3 乙方应完成平台与甲方现有卷烟营销系统、专卖管理系统、统一身份认证平台的接口对接，接口数量以需求清单为准，共计十一个。
P:1.4 乙方应交付以下文档：需求规格说明书、概要设计、数据库设计、接口说明、测试报告、用户手册、运维手册及源代码说明。
H:第二条 合同价款
P:合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），含税，明细如下：
P:（1）平台软件许可费：¥780,000；
P:（2）定制开发费：¥460,000；
P:（3）实施部署及数据迁移费：¥86,000；
P:（4）培训费：¥24,000。
P:合同总价为固定价，包括乙方完成本合同全部工作所需的人工、差旅、第三方组件、测评配合及税费等一切费用，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥270,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥607,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥472,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成部署并申请初步验收；初步验收合格后进入试运行，试运行期为90日。
P:4.2 实施分三个阶段：需求调研与设计（合同签订后30日内完成，需求规格说明书经甲方书面确认）；开发与测试（第31日至第100日）；部署、数据迁移与培训（第101日至第120日）。各阶段成果经甲方确认后方可进入下一阶段。
P:4.3 甲方负责提供政务云资源、网络环境及必要的业务数据，并指定专人配合乙方工作。因甲方原因造成的延误，交付期限相应顺延。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件需求清单逐项一致；在500个并发用户下页面平均响应时间不超过2秒；历史订货数据迁移后与原系统逐条核对一致；通过第三方安全测评。
P:5.2 最终验收标准：试运行期内未发生一级故障，累计二级故障不超过3次；甲方组织专家评审并出具书面验收报告。
P:5.3 系统上线、甲方使用或付款，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥62,400），该标准三个服务年度内不上调。
P:6.3 维护服务内容包括：缺陷修复、适配甲方政务云及操作系统升级、季度巡检、重大节假日保障及每年两次现场健康检查，乙方应在每次服务后提交服务报告。维护合同按服务年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%，计划内维护须提前3个工作日通知甲方且不计入不可用时间。
P:7.2 一级故障（平台整体不可用或订货功能中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述服务水平的，每超时1小时扣减维护服务费¥1,000；月度可用率每低于约定值0.1个百分点，扣减¥2,000。
H:第八条 项目管理与人员
P:8.1 乙方应指定具有同类项目经验的项目经理一名，实施期间常驻甲方现场，未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会，并对会议确定的事项按期落实。
P:8.2 乙方应为甲方培训系统管理员不少于6人、客户经理不少于80人，培训结束后组织考核并提交培训记录。
H:第九条 知识产权
P:9.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的模块、接口程序、源代码及技术文档，知识产权归甲方所有，乙方应在最终验收时一并交付源代码。
H:第十条 数据安全
P:10.1 平台中的零售户信息、订货数据及日志均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:10.2 乙方应落实访问控制、加密存储、操作审计等安全措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方环境。
P:10.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:第十一条 保密
P:双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十二条 分包
P:乙方可将非主体、非关键性工作（如现场培训组织、硬件上架等）分包给具备相应能力的单位，但应提前5个工作日书面告知甲方，乙方对分包单位的工作承担责任。
H:第十三条 违约责任
P:13.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:13.2 乙方交付的系统未通过验收且在30日内整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:13.3 因不可抗力导致迟延的，受影响一方应及时通知对方并提供证明，相应期限顺延，双方均不承担违约责任。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十五条 争议解决
P:因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。招标文件、投标文件及澄清文件为本合同组成部分，与本合同正文不一致的，以本合同正文为准。
P:附件：1.需求清单及接口清单；2.分项报价表；3.验收方案；4.项目人员名单。
P:甲方（盖章）：江州市烟草专卖局　　代表：________　　日期：2026年6月　日
P:乙方（盖章）：江州云途信息技术有限公司　　代表：________　　日期：2026年6月　日
"""

Z02 = """T:灌装线控制系统改造及维保合同
P:合同编号：SHJY-SB-2026-0625
P:甲方：四川华窖酒业股份有限公司（以下简称“甲方”）
P:住所：四川省宜宾市翠屏区酒都大道9号
P:乙方：成都精控自动化工程有限公司（以下简称“乙方”）
P:住所：成都市武侯区科华北路147号
P:甲方二号灌装车间现有两条白酒灌装线（每线设计产能每小时6,000瓶）控制系统老化，故障频发。经询价比选，甲方确定由乙方实施控制系统改造并提供质保期及之后的维保服务。双方经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责两条灌装线（洗瓶、灌装、压盖、贴标、装箱工段）控制系统的设计、供货、安装、编程、调试及培训。
P:1.2 改造内容包括：更换PLC及远程I/O站，更换人机界面，更换伺服驱动及变频器，新增液位及瓶盖视觉检测，部署车间监控软件并与甲方MES系统对接。
P:1.3 改造须在甲方安排的停产窗口内分线实施，每条线停产时间不超过10日，不得影响另一条线正常生产，切换期间乙方应安排工程师现场值守。
P:1.4 改造后控制系统应支持配方管理、批次追溯、设备运行状态采集及报警记录，报警记录保存期限不少于180日，产量数据每5分钟向MES系统推送一次。
H:2. 合同价款
P:2.1 合同总价为人民币壹佰壹拾叁万元整（¥1,130,000），含13%增值税。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程I/O站|2套|386,000
TB:2|人机界面触摸屏|6台|72,000
TB:3|伺服驱动及变频器|1批|214,000
TB:4|液位及瓶盖视觉检测系统|4套|168,000
TB:5|车间监控软件许可及MES接口软件|1套|126,000
TB:|软硬件小计||966,000
TB:6|改造实施及调试|1项|148,000
TB:7|操作及维护培训|1项|16,000
TB:|合同总价||1,130,000
P:2.2 合同总价为固定价，包括设备、软件、运输、保险、安装、调试、培训及税费。
H:3. 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥113,000。
P:3.2 设备全部到货并完成安装后，甲方支付合同总价的55%，即¥621,500。到货签收及安装完成不代表质量验收合格。
P:3.3 两条线均通过最终验收后，甲方支付合同总价的35%，即¥395,500。
P:3.4 乙方每次请款时应提交增值税专用发票及对应的到货单、安装记录或验收报告，甲方在收到完整资料后15个工作日内付款。
H:4. 交付与实施
P:4.1 乙方应于合同生效后45日内完成全部设备到货，于到货后60日内完成两条线的改造和调试。
P:4.2 乙方现场作业须遵守甲方安全生产、动火作业及食品卫生管理制度，进入灌装区域的人员须持健康证明。
P:4.3 乙方应在停产窗口开始前提交详细的切换方案和回退方案，经甲方生产部书面确认后方可实施。
P:4.4 甲方负责提供停产窗口、现场电源及压缩空气接口、原有设备图纸和MES接口文档，并指定设备部专人协调。因甲方未按时提供上述条件造成的延误，期限相应顺延。
H:5. 验收
P:5.1 验收标准：各工段联动运行正常；单线连续运行72小时，产能达到每小时6,000瓶；液位检测误判率不高于千分之二，瓶盖缺陷检出率不低于99%；监控软件与MES系统产量、批次数据一致。
P:5.2 两条线分别连续稳定运行30日且无一级故障后，由甲方组织最终验收并签署验收报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为最终验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并重新申请验收，整改所需费用由乙方承担。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并提供软件修正。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的7%计取，即每年¥67,620，三个服务年度内不调整。维保合同按服务年度签订，期满不自动续期。
P:6.3 维保服务包括：每季度一次现场巡检、备件储备、程序备份及故障处理。乙方应在宜宾市区储备常用备件，保证一级故障所需备件在8小时内到场。
H:7. 故障响应
P:7.1 一级故障（整线停机）：乙方1小时内响应，8小时内到达现场，16小时内恢复生产。二级故障（单工段停机或检测失效）：2小时内响应，24小时内处理完毕。
P:7.2 乙方未按上述时限响应或恢复的，每超时1小时，甲方从应付款或维保费中扣减¥500。
H:8. 知识产权
P:8.1 PLC程序、人机界面组态、视觉检测参数及MES接口程序等为本项目编制的成果，知识产权归甲方所有，乙方应在验收时交付全部源程序及注释。
P:8.2 设备固件及标准软件的知识产权归原厂所有，甲方享有永久使用权。
H:9. 数据安全
P:9.1 控制系统中的工艺参数、产量及批次数据属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须事先取得甲方书面审批，经甲方提供的专用通道接入，每次操作留存日志；乙方不得在控制网络中接入未经甲方检查的移动介质。
P:9.3 因乙方原因导致数据丢失、泄露或控制系统遭受网络攻击的，乙方应在1小时内报告甲方，并承担全部赔偿责任。
P:9.4 合同终止或维保服务结束时，乙方应删除其掌握的甲方工艺参数及程序副本，并向甲方出具书面确认。
H:10. 分包
P:10.1 乙方不得将本合同项下工作分包。电气安装中的桥架、线缆敷设如需由第三方完成，须事先取得甲方书面同意，乙方对其工作承担全部责任。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 因改造导致甲方停产时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，应按逾期金额每日万分之二支付违约金。
H:12. 合同的解除
P:12.1 本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。因乙方违约产生的争议，按本合同第11条追究违约责任。
H:13. 不可抗力
P:13.1 因地震、洪水等不可抗力导致不能履行的，受影响方应在5日内通知对方，并在15日内提供证明，相应期限顺延。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交宜宾仲裁委员会按其仲裁规则仲裁。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《切换方案》为本合同组成部分。
P:甲方（盖章）：四川华窖酒业股份有限公司　　授权代表：__________
P:乙方（盖章）：成都精控自动化工程有限公司　　授权代表：__________
P:签订日期：2026年6月　日
"""

Z03 = """智能派单SaaS服务及实施合同

合同编号：LJJZ-IT-2026-031

甲方：湖南乐家家政服务连锁有限公司
地址：长沙市岳麓区枫林三路88号
乙方：长沙速派云科技有限公司
地址：长沙市天心区芙蓉南路二段219号

甲方在长沙、株洲、湘潭三地经营30家家政服务门店，拟统一使用线上派单系统管理保洁、月嫂、育儿嫂及家电清洗等订单。乙方提供“速派云”家政派单SaaS服务。双方经友好协商，订立本合同，供双方共同遵守。

一、服务内容
（一）乙方向甲方30家门店开通“速派云”派单SaaS服务，包括订单录入、智能派单、服务人员排班、上门签到、服务评价、结算对账及经营报表功能。
（二）乙方负责实施服务：系统配置、门店及服务人员数据导入（约1,800名服务人员档案、近两年历史订单）、与甲方微信小程序及支付通道对接、管理员及门店店长培训。
（三）系统部署于乙方在中国境内的云平台，甲方及其门店通过网页端和手机应用使用。
（四）开通门店为长沙18家、株洲7家、湘潭5家，门店名称及地址见附件二。每家门店开通店长账号1个、派单员账号不超过3个，服务人员通过手机应用接单，服务人员账号数量不限。
（五）服务期内乙方免费提供版本升级、功能优化和7×24小时在线客服，工作日9点至21点提供电话技术支持，并为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会，通报可用率、故障处理及功能需求进展。

二、服务期限
（一）订阅服务期为三个服务年度，自2026年8月1日起至2029年7月31日止。
（二）实施工作应于合同签订后45日内完成并申请上线验收。
（三）实施计划：合同签订后10日内完成需求确认和派单规则梳理；第11日至第30日完成系统配置、数据导入及小程序对接；第31日至第45日完成门店培训并组织上线。

三、服务费用
（一）订阅费：每家门店每个服务年度¥5,600，30家门店每个服务年度¥168,000，三个服务年度合计¥504,000。
（二）实施费：¥96,000（一次性）。
（三）培训费：¥12,000（一次性）。
（四）合同总金额为¥612,000（含6%增值税）。服务期内甲方增开门店的，按每家门店每个服务年度¥5,600另行结算。

四、付款方式
（一）订阅费按季度结算，每季度结束后15个工作日内，甲方根据当季服务考核结果支付当季订阅费¥42,000。
（二）实施费和培训费在系统通过上线验收后15个工作日内一次性全额支付。
（三）乙方应在每次收款前开具增值税专用发票。
（四）按第六条计算的服务抵扣在当季订阅费中直接扣除，抵扣后金额以双方签字的季度服务考核表为准。

五、上线验收
（一）验收标准：功能符合附件一需求清单；历史订单和服务人员档案导入后抽样核对无差错；小程序下单至派单完成全流程测试通过；在300个并发用户下主要页面响应时间不超过2秒。
（二）系统上线后试运行15日，试运行期间无一级故障的，甲方出具上线验收报告。系统开通或甲方使用不视为验收合格。
（三）验收不合格的，乙方应在7日内整改并重新申请验收；两次验收仍不合格的，甲方有权解除合同，乙方退还已收取的全部款项。

六、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在凌晨1点至5点之间并提前48小时通知甲方。
（二）一级故障（系统整体无法登录或无法派单）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决。
（三）月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复每超时1小时，抵扣¥800。

七、数据权属与数据安全
（一）甲方录入及系统产生的客户信息、订单、服务人员档案、评价及结算数据归甲方所有。
（二）乙方可将上述数据脱敏后用于行业分析报告和产品功能优化，脱敏后的数据及分析结果归乙方所有。
（三）乙方应采取加密存储、访问控制、操作日志、异地备份等措施保护数据安全，不得向第三方提供甲方客户的个人信息。发生数据泄露的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致数据泄露或丢失的，乙方承担全部赔偿责任。
（四）合同终止后30日内，乙方应向甲方完整导出数据并删除平台中的甲方数据。

八、甲方义务
（一）甲方应指定项目负责人，及时提供门店信息、服务人员档案、历史订单及小程序接口资料，并对数据的合法来源负责。
（二）甲方应按实施计划组织门店店长和派单员参加培训，并妥善保管账号密码；因甲方账号管理不善造成的损失由甲方承担。
（三）甲方应按约定支付费用；逾期付款超过30日的，乙方可书面催告，催告后仍未支付的，乙方可暂停新增订单功能，但不得删除甲方数据。

九、保密
双方对履行本合同知悉的对方商业秘密和非公开信息负有保密义务，保密期限至合同终止后三年。乙方工作人员应签署保密承诺书，乙方对其工作人员违反保密义务的行为承担责任。

十、知识产权
（一）“速派云”平台的知识产权归乙方所有。
（二）乙方为甲方定制的派单规则配置、报表模板及小程序对接程序归甲方所有，甲方可自行修改或委托第三方维护。

十一、续期
（一）服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权按其届时公布的价格标准调整订阅单价，每次上调幅度不超过8%，并提前30日书面通知甲方。

十二、违约责任
（一）乙方逾期完成实施的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总金额的两倍为限，但因数据泄露造成的损失不受此限。
（三）乙方服务导致甲方客户投诉或订单损失的，乙方应配合甲方调查，并按实际损失予以赔偿。
（四）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。

十三、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十四、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的费用并赔偿损失。
（二）连续两个月或一个服务年度内累计三个月月度可用率未达到约定值的，视为乙方严重违约。
（三）合同解除或终止的，乙方应继续提供不少于30日的过渡服务，保证甲方订单不中断，并按本合同第七条第（四）项导出和删除数据。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《需求清单》、附件二《门店清单》与本合同具有同等效力。

甲方（盖章）：湖南乐家家政服务连锁有限公司　　代表：__________
乙方（盖章）：长沙速派云科技有限公司　　代表：__________
日期：2026年7月　日
"""

Z04 = """人事档案管理系统年度运维服务合同

项目名称：市人才交流服务中心人事档案管理系统年度运维服务
采购方式：竞争性磋商　　采购编号：LCCG2026-CS-0158
合同编号：LCRC-YW-2026-009

甲方：临川市人才交流服务中心
地址：临川市人民路56号
乙方：临川数维信息技术服务有限公司
地址：临川市经开区云谷大道12号

根据竞争性磋商结果及《中华人民共和国民法典》等法律法规，甲方委托乙方对其人事档案管理系统提供运维服务。双方在平等自愿的基础上经协商一致，订立本合同，共同遵守。

第一章 服务范围与期限
（1）运维对象：人事档案管理系统（含档案接收、查借阅、数字化影像、转递及统计模块）、档案影像存储、数据库、中间件，以及甲方档案室的扫描终端和查阅终端。
（2）服务内容：驻场运维一人，负责日常巡检、用户支持、账号管理、日志审查；系统缺陷修复及版本升级；每月数据备份恢复演练；安全加固及漏洞整改；重大活动期间保障；应急响应。
（3）服务期限：自2026年8月1日起至2027年7月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
（4）运维资产清单：应用服务器4台、数据库服务器2台（主备）、影像存储1套（可用容量120TB）、扫描终端6台、查阅终端10台，数据库现存在册档案约21万卷、影像约3,400万页，详见附件一。

第二章 服务费用及支付
（1）合同总价为人民币叁拾捌万陆仟元整（¥386,000），含税，包括：驻场运维服务费¥216,000；巡检及升级服务费¥68,000；数据备份及安全加固服务费¥54,000；应急响应服务费¥48,000。
（2）本合同不设预付款。服务费按季度支付，每季度结束且季度考核合格后，甲方在10个工作日内支付当季费用¥96,500。
（3）季度考核中扣减的费用，在当季付款中直接扣除。乙方收款前应开具合规发票。
（4）合同总价包括人工、差旅、工具软件、备份介质及乙方履行本合同所需的其他费用。服务期内因甲方需求新增的开发工作，双方另行书面约定。

第三章 服务水平
（1）系统月度可用率不低于99.95%（计划内维护除外，计划内维护须提前2个工作日经甲方同意）。
（2）故障分级及时限：一级故障（系统不可用、档案数据无法查询或影像丢失）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单个模块不可用）1小时内响应，8小时内解决；三级故障（一般问题及咨询）当日响应，3个工作日内解决。
（3）驻场人员工作时间为工作日8:30至17:30，非工作时间保持通讯畅通，接到甲方故障通知后按本章第（2）项时限处理。
（4）每月5日前乙方提交上月运维报告，内容包括巡检记录、故障处理、备份演练、安全事件及改进建议。
（5）春节、国庆及档案集中转递期间，乙方应增派一名工程师现场值守，并提前5个工作日提交保障方案。

第四章 考核与扣款
（1）一级故障响应或恢复每超时1小时，扣减当季服务费¥1,000；二级故障每超时1小时，扣减¥300。
（2）月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,500。
（3）运维报告每迟交一日，扣减¥200；驻场人员无故缺勤，每日扣减¥800。

第五章 服务验收
（1）季度考核：甲方依据附件《运维服务考核表》对响应时限、可用率、巡检及备份演练完成情况、用户满意度进行评分，85分及以上为合格。
（2）年度验收：服务期满前15日，乙方提交年度运维总结、系统健康评估报告及完整的运维文档，甲方对照考核表和服务内容清单组织验收，出具书面验收意见。
（3）甲方签收运维报告不视为验收合格。
（4）年度验收不合格的，乙方应在10日内完成整改并重新提交验收；整改后仍不合格的，甲方可按考核结果扣减第四季度服务费，并将结果记入供应商履约评价。

第六章 数据安全
（1）人事档案数据、影像及日志归甲方所有，乙方仅可为履行本合同访问，不得复制、留存、分析或用于其他目的。
（2）乙方人员须经甲方背景审查，通过堡垒机实名操作，不得使用个人设备接入内网，不得将数据带出档案室；涉及数据变更的操作须经甲方书面审批。
（3）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及档案管理相关规定。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（4）服务期满或合同解除时，乙方应交回全部账号权限，删除工作过程中接触的任何数据副本，并出具书面承诺。

第七章 人员要求
（1）驻场工程师应具备三年以上政务系统运维经验，持有数据库或网络安全相关证书，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面申请，新人员资质不得低于原人员。
（2）乙方应建立二线技术支持团队，确保一级故障时至少两名工程师同时参与处置。

第八章 保密
（1）乙方对履行本合同知悉的人事档案内容、个人信息、系统配置及甲方工作秘密负有保密义务，不得以任何形式向第三方披露。
（2）乙方驻场及远程支持人员应签署保密承诺书。本章义务在合同终止后继续有效。

第九章 知识产权
乙方在服务期间为甲方编写的脚本、配置文件、运维文档及报表，知识产权归甲方所有；乙方原有工具软件的知识产权仍归乙方，甲方可在本系统范围内免费使用。

第十章 分包
乙方不得将本合同项下任何服务转包或分包给第三方。

第十一章 违约责任
（1）乙方未按约定时间完成驻场进场、年度升级或漏洞整改任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）连续两个季度考核不合格的，甲方有权解除合同，并按未履行部分退还费用。乙方应在解除后15日内完成交接，交接期间继续履行运维义务。
（3）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十二章 合同解除
乙方严重违约或违反第六章、第八章约定，经甲方书面通知后7日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成工作交接，移交全部账号、密码、文档及数据。

第十三章 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四章 其他
（1）甲方应为乙方驻场人员提供办公场所、必要的网络条件及系统访问权限，并指定信息科专人负责日常对接。
（2）磋商文件、响应文件及磋商过程中的承诺为本合同组成部分。
（3）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：临川市人才交流服务中心　　代表：__________
乙方（盖章）：临川数维信息技术服务有限公司　　代表：__________
签订日期：2026年7月　日
"""

Z05 = """# 熏源生产管理系统 软件许可及定制开发合同

（湘熏软件标准合同文本 V3.0）

合同编号：XX-RJ-2026-______

**甲方（用户）**：湖南腊香园食品有限公司
地址：湖南省湘潭市雨湖区鹤岭镇腊香园工业园

**乙方（开发方）**：湘潭湘熏软件科技有限公司
地址：湘潭市岳塘区建设南路31号

甲方为腊肉、腊肠及熏制品生产企业，拟采购乙方“熏源生产管理系统”并由乙方根据甲方工艺进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“熏源生产管理系统”V5软件许可（永久许可，限甲方本厂使用，并发用户不超过60个），模块包括：原料验收、腌制管理、烟熏烘烤工艺、包装、仓储、质量检验、设备管理。

1.2 乙方按甲方需求定制开发：烟熏房温湿度曲线采集与工艺偏差报警、批次全程追溯及扫码查询、与甲方财务软件的接口。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 乙方交付物包括：软件安装介质及授权文件、用户操作手册、系统管理员手册、培训课件。定制开发部分以可执行程序形式交付。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 熏源生产管理系统软件许可（永久） | 620,000 |
| 2 | 定制开发（工艺采集、批次追溯、财务接口） | 180,000 |
| 3 | 安装部署、数据初始化及培训 | 60,000 |
| | 合同总价 | 860,000 |

合同总价为人民币捌拾陆万元整（含税）。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的50%，即¥430,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后7日内，甲方支付合同总价剩余的50%，即¥430,000。

3.3 甲方未按期付款的，乙方有权暂停开发、实施或维护服务，工期相应顺延。

3.4 乙方在每次收款前向甲方开具增值税普通发票，甲方需要专用发票的，应在签订合同时书面告知。

## 第四条 交付与上线

4.1 乙方应于收到预付款后90日内完成软件安装、定制开发及部署，并通知甲方上线。

4.2 甲方应提供服务器、网络、烟熏房传感器接入条件及工艺资料，并安排人员参加培训。因甲方原因延误的，工期顺延。

4.3 乙方为甲方提供不超过3天的集中培训，培训对象为车间主管、质检员、仓管员及系统管理员，每期不超过20人。超出部分按乙方收费标准另行计费。

4.4 乙方在上线前协助甲方导入原料、产品、配方、客户及供应商基础数据，数据的准确性由甲方负责。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，由乙方在维护期内酌情处理；超出本合同需求范围的修改，按乙方人天单价每人天¥2,800另行计费。

## 第六条 免费维护期

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修正。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的26%计取，即每年¥161,200，按服务年度预付。

6.3 年度维护服务包括：标准版本升级、远程技术支持、缺陷修正及数据库例行检查。甲方未续签维护合同的，乙方不再提供任何技术支持，甲方后续恢复维护的，应补缴中断期间的维护费。

## 第七条 技术支持

7.1 一级故障（系统无法使用，影响生产）：乙方在接到甲方报修后8小时内响应，并尽快安排处理。

7.2 二级故障（部分功能异常）：乙方在1个工作日内响应，3个工作日内处理。

7.3 乙方提供工作日9:00至18:00的电话及远程支持，现场服务按乙方收费标准另行计费。

7.4 乙方不因响应或处理时间超出上述时限而承担扣款或赔偿责任。

## 第八条 知识产权

8.1 “熏源生产管理系统”及其全部文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序及相关源代码、文档，知识产权亦归乙方所有。甲方在本厂范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据安全

9.1 甲方录入及系统产生的生产、质检、配方和客户数据属于甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意后通过甲方指定的方式接入，操作应留存日志，不得下载、复制甲方数据；乙方应对其人员进行安全管理。

9.3 因乙方原因造成甲方数据泄露、丢失的，乙方应立即通知甲方，采取补救措施，并承担相应赔偿责任。

9.4 合同终止后，乙方应按甲方要求协助导出业务数据，导出服务按乙方收费标准计费。

## 第十条 保密

双方对在合作中知悉的对方技术信息、配方工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

11.2 乙方在本合同项下的累计赔偿责任，不超过合同总价的20%。

11.3 任何一方均不对对方的间接损失、利润损失、停产损失或商誉损失承担责任。

11.4 甲方擅自将软件安装于本厂以外场所或超出许可用户数使用的，应按软件许可费标准补缴费用。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权解除本合同，并要求违约方赔偿损失。合同解除时，甲方已支付的软件许可费不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 乙方声明

14.1 乙方保证所提供的软件为其自主开发，不侵犯第三方的知识产权；如第三方就此向甲方主张权利，由乙方负责处理。

14.2 乙方可根据产品规划对软件标准版本进行升级，升级后的版本是否提供给甲方，以双方届时签订的维护合同为准。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交湘潭仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：湖南腊香园食品有限公司　　授权代表：__________　　日期：______

乙方（盖章）：湘潭湘熏软件科技有限公司　　授权代表：__________　　日期：______
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GSS-CN-2026-0412
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Genesee Structural Software, Inc., a New York corporation with its principal office at 200 East Avenue, Rochester, New York 14604, United States (the "Vendor"); and
P:(2) Hangzhou Lakeside Architectural Design Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at 18 Wensan Road, Xihu District, Hangzhou, Zhejiang (the "Customer").
P:Recitals. The Customer designs residential and public buildings and wishes to standardise its structural analysis work on the Vendor's GSS Frame software. The Vendor has agreed to grant perpetual licences, configure the software to the Customer's design standards, build two plug-ins that connect the software to the Customer's document management system, and train the Customer's engineers, on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means GSS Frame version 11 and the GSS Network Licence Server module, in object code, with their user documentation.
P:1.2 "Custom Deliverables" means the PDM connector plug-in, the drawing-title plug-in, the Customer's design-standard templates and load libraries, and all source code, scripts and documents the Vendor creates for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written acceptance under Article 5.
P:1.4 "Customer Data" means all drawings, models, calculations, project records and other data of the Customer or its clients that the Vendor can access when performing this Agreement.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Software for 40 named engineers and one network licence server, install it on the Customer's servers in Hangzhou, configure templates and load libraries according to the Chinese design codes listed in Annex 1, develop the Custom Deliverables, migrate the Customer's existing section libraries, and deliver the training described in Article 3.
P:2.2 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the Customer informed by a written progress report every two weeks.
P:2.3 The Customer shall provide server hardware, network access, a sample set of ten completed projects for testing, and a named project lead who can take decisions on its behalf.
H:Article 3 Training
P:3.1 The Vendor shall deliver five days of classroom training in Hangzhou for up to 40 engineers, two days of administrator training for up to four IT staff, and recorded training videos with Chinese subtitles.
P:3.2 Training materials may be copied and used freely within the Customer's organisation.
H:Article 4 Prices and Payment
P:4.1 The total contract price is CNY 1,048,000, including all taxes, travel and expenses, itemised as follows:
P:(a) GSS Frame perpetual licences, 40 named users at CNY 18,500 each: CNY 740,000;
P:(b) GSS Network Licence Server module, perpetual: CNY 36,000;
P:Licence subtotal: CNY 776,000;
P:(c) implementation, template configuration and library migration: CNY 148,000;
P:(d) development of the Custom Deliverables: CNY 96,000;
P:(e) training: CNY 28,000.
P:4.2 The Customer shall pay:
P:(a) 20% of the total price (CNY 209,600) within 15 days after signature of this Agreement, against the Vendor's invoice;
P:(b) 45% of the total price (CNY 471,600) after installation of the Software and delivery of the Custom Deliverables for testing, it being understood that installation is not acceptance;
P:(c) 35% of the total price (CNY 366,800) after Final Acceptance.
P:4.3 Each payment is due within 20 business days after the Customer receives a correct invoice. Prices are fixed for the duration of the project.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Customer in writing when the Software and the Custom Deliverables are ready for acceptance testing.
P:5.2 Acceptance tests shall show that: (a) the ten sample projects are recalculated with results within 0.5% of the Customer's verified results; (b) the PDM connector saves, checks in and versions models without loss for 200 consecutive operations; (c) the drawing-title plug-in fills all title-block fields correctly; (d) 40 concurrent users can work with licences served by the network licence server; and (e) no Severity 1 defect occurs during a 20-business-day productive trial.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within ten business days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Use of the Software in live projects before that date does not constitute acceptance.
H:Article 6 Warranty and Maintenance
P:6.1 The Vendor warrants for 18 months from Final Acceptance that the Software and the Custom Deliverables will perform materially in accordance with their documentation and Annex 1. During the warranty period the Vendor shall provide corrections, new versions and technical support free of charge.
P:6.2 After the warranty period the Customer may buy Annual Maintenance. The Annual Maintenance fee is 11% of the licence subtotal, that is CNY 85,360 per year, and the Vendor shall not increase it for the first three maintenance years. Each maintenance year is ordered by a separate purchase order; there is no automatic renewal.
P:6.3 Support requests are classified as follows: Severity 1 (the Software cannot be started or licences cannot be served), Severity 2 (a major function fails with no workaround), Severity 3 (other defects and questions). The Vendor shall respond to Severity 1 requests within 2 hours, 24 hours a day, and provide a fix or workaround within 24 hours; Severity 2 requests within 8 business hours; Severity 3 requests within two business days.
P:6.4 If the Vendor misses the Severity 1 response or fix time, it shall credit CNY 1,000 for each hour of delay against the next invoice or pay that amount to the Customer.
H:Article 7 Delay
P:7.1 The Vendor shall be ready for acceptance testing within 100 days after signature.
P:7.2 If the Vendor is late, it shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price. Delays caused by the Customer extend the date accordingly.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software. The Customer receives a perpetual, non-exclusive, non-transferable licence to use the Software for its own business within the People's Republic of China.
P:8.2 All rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 9 Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement.
P:9.2 The Vendor shall access Customer systems only through the remote-access channel provided by the Customer, after the Customer approves each session, and shall not copy Customer Data out of the Customer's environment. The Vendor shall apply access control and logging, comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and train its personnel accordingly.
P:9.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, cooperate in containing it, and be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the total contract price, except for liability for personal injury, wilful misconduct, infringement of third-party rights and breach of Articles 9 and 10, which is not limited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of New York, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in New York, New York, in the English language, before a single arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional requirements and design codes) and Annex 2 (project plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.3 This Agreement is signed in two English originals with a Chinese translation for reference; the English text prevails.
P:Signed for Genesee Structural Software, Inc.: ____________________ Name: Laura M. Brennan, Vice President, International Sales
P:Signed for Hangzhou Lakeside Architectural Design Co., Ltd.: ____________________ Name: Zhou Wenjie, General Manager
"""

E02 = """# ORDER FORM — SONORAN LEARN CLOUD

**Order Form No.:** SL-APAC-2026-0187

**Provider:** Sonoran Learn, Inc., 1475 North Scottsdale Road, Tempe, Arizona 85281, United States ("Provider")

**Customer:** Guilin Osmanthus Hotels Co., Ltd., 9 Binjiang Road, Xiufeng District, Guilin, Guangxi, People's Republic of China ("Customer")

This Order Form and the General Terms below form one agreement (the "Agreement"). Customer operates 26 hotels in Guangxi and Guangdong and subscribes to Provider's online learning platform to train front-office, housekeeping and food-service staff. At Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY).

## 1. Subscription

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Sonoran Learn Cloud, Enterprise edition, per named user per Subscription Year | 1,200 users | 168 | 201,600 per Subscription Year |
| Subscription fees for two Subscription Years | | | 403,200 |
| Onboarding: tenant set-up, single sign-on, migration of 340 existing courses (one-time) | 1 | 46,800 | 46,800 |
| **Total Order Value** | | | **450,000** |

- **Subscription Term:** from 1 September 2026 to 31 August 2028 (two Subscription Years).
- **Hosting region:** Provider's partner data centre in Shanghai, mainland China.
- **Additional users:** may be added at CNY 168 per user per Subscription Year, prorated monthly.

## 2. Invoicing and Payment

2.1 Subscription fees are invoiced quarterly in arrears, CNY 50,400 per quarter, payable within 30 days of invoice.

2.2 The Onboarding fee is invoiced after Go-Live Acceptance under clause 4 of the General Terms and is payable within 30 days of invoice.

2.3 No amount is payable before Go-Live Acceptance.

## 3. Go-Live Date

Provider shall make the platform ready for Go-Live Acceptance by 15 October 2026.

Signed for Provider: ____________________ Name: Daniel R. Ortega, Director, International Accounts

Signed for Customer: ____________________ Name: Mo Liqun, Deputy General Manager

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, content, course materials, learner records and personal information submitted to the platform by or for Customer, and all results generated from them.

1.2 "Customer Configurations" means the course catalogue structure, learning paths, certification rules, report templates and the single sign-on integration Provider builds for Customer.

1.3 "Subscription Year" means each period from 1 September to the following 31 August within the Subscription Term or a renewal term.

1.4 "Severity 1 Incident" means that the platform is unavailable to all users, or that users cannot log in, or that course completion records cannot be saved.

## 2. Services

2.1 Provider shall provide the platform to Customer's named users in accordance with the documentation, keep it hosted in the agreed region, and apply updates that do not reduce its functions.

2.2 Provider shall provide support in Chinese and English through the support portal and a hotline, 24 hours a day for Severity 1 Incidents and from 8:00 to 20:00 China time on business days for other requests.

2.3 Customer shall keep user credentials secure, use the platform in accordance with applicable law, and be responsible for the content it uploads.

## 3. Service Levels

3.1 Provider shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China time.

3.2 Provider shall respond to a Severity 1 Incident within 1 hour and restore the service within 6 hours. Other incidents shall receive a response within 8 business hours.

3.3 If availability in a month falls below 99.95%, Provider shall credit 5% of that month's subscription fee for each 0.1 percentage point (or part of it) below the commitment, up to 50% of the monthly fee. If a Severity 1 response is late, Provider shall credit CNY 500 for each hour of delay. Credits are deducted from the next invoice.

## 4. Onboarding and Go-Live Acceptance

4.1 Provider shall carry out the Onboarding in accordance with the project plan agreed at kick-off.

4.2 Go-Live Acceptance requires that: (a) all 340 courses are migrated and play correctly on desktop and mobile; (b) single sign-on works with Customer's directory for all hotels; (c) completion records from the old system are reconciled with no unexplained differences; and (d) ten pilot learners in three hotels complete a five-day pilot without a Severity 1 Incident.

4.3 Customer shall confirm Go-Live Acceptance in writing within five business days after the criteria are met, or state the failed criteria. Making the platform available does not by itself constitute acceptance.

4.4 If Provider does not achieve Go-Live Acceptance by the Go-Live Date for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## 5. Customer Data and Security

5.1 Customer owns all Customer Data. Provider may process Customer Data only to provide the services to Customer and for no other purpose.

5.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days, and maintain its MLPS level-3 filing and ISO 27001 certification for the hosting environment.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate measures to contain it, and bear responsibility for the losses and regulatory penalties caused by its failure to comply with this clause.

5.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard format and then delete it, and certify the deletion in writing.

## 6. Intellectual Property

6.1 Provider retains all rights in the platform and its standard content.

6.2 Customer Configurations and all course materials created for Customer belong to Customer. Customer may use, modify and let third parties use them without further fee.

## 7. Confidentiality

Each party shall keep the other party's non-public business and technical information confidential, use it only for this Agreement, and not disclose it to third parties except to advisers bound by similar duties. This clause survives for three years after the Agreement ends.

## 8. Renewal

8.1 After the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8.2 Provider may increase the per-user fee for any renewal term by up to 7% over the fee of the preceding Subscription Year by notice sent at least 75 days before the renewal.

## 9. Subcontractors

Provider may use affiliates, hosting partners and other subcontractors to perform the services. Provider will inform Customer of any new subcontractor by updating the subcontractor list on its trust portal, and remains responsible for their performance.

## 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses or lost profits.

10.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer in the 6 months preceding the event giving rise to the claim. This limit does not apply to breach of clause 5 or 7, personal injury or wilful misconduct.

## 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after receiving written notice.

11.2 On termination by Customer for Provider's breach, Provider shall refund any prepaid fees for the period after termination and provide reasonable transition assistance at no charge for 30 days.

## 12. Fees, Invoices and Taxes

12.1 Fees are stated inclusive of value-added tax at the applicable rate. Provider shall issue valid special VAT invoices through its authorised reseller in China, whose invoices discharge Customer's payment obligations towards Provider.

12.2 Disputed amounts may be withheld in good faith while the parties resolve the dispute; undisputed amounts remain payable.

## 13. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, or government action, provided that it notifies the other party promptly, uses reasonable efforts to resume performance, and that Provider's disaster-recovery obligations under its documentation continue to apply. If a force majeure event lasts more than 60 days, either party may terminate the Agreement by written notice.

## 14. Governing Law and Disputes

14.1 The Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

## 15. General

15.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

15.2 Notices shall be in writing and sent to the addresses on the Order Form, with a copy by e-mail.

15.3 If the Order Form and these General Terms conflict, the Order Form prevails.

15.4 The Agreement is made in English with a Chinese translation; both versions have equal effect.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-STORAGE MONITORING EQUIPMENT
P:Contract No.: NSCC-EQ-2026-044
P:Buyer: Qingdao Northsea Cold Chain Logistics Co., Ltd., 66 Haixi Road, Huangdao District, Qingdao, Shandong, People's Republic of China (the "Buyer")
P:Supplier: Kenai Arctic Instruments LLC, 3600 International Airport Road, Anchorage, Alaska 99502, United States (the "Supplier")
P:Background: The Buyer operates a cold-storage warehouse at its Huangdao site with 14 chambers from +4 °C to -25 °C, used for frozen seafood and imported meat. The Buyer needs continuous wireless temperature and humidity monitoring that meets the GSP-style record requirements of its customers and the inspection authorities. After comparing three proposals, the Buyer has selected the Supplier. The parties agree as follows. All prices are in Chinese Yuan (CNY).
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, server appliance and accessories listed in Section 2.
P:1.2 "Software" means the Supplier's ColdTrace monitoring software, including the alarm module and the report module, licensed perpetually for the Huangdao site.
P:1.3 "System" means the Equipment and the Software installed, calibrated and connected to the Buyer's warehouse management system (WMS).
P:1.4 The Supplier shall supply, deliver, install, calibrate, configure and commission the System, build the WMS interface, and train the Buyer's staff, so that every chamber, loading dock and reefer plug-in area is monitored.
H:Section 2 Price
P:2.1 The contract price is fixed at CNY 848,000, including delivery to the site, duties, taxes, installation and all other costs. The price is itemised in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 °C rated, with calibration certificate|420|1,180|495,600
TB:2|LoRa gateway with battery backup|18|6,400|115,200
TB:3|Monitoring server appliance (redundant disks)|1|48,000|48,000
TB:4|ColdTrace software licence, perpetual, site|1|86,000|86,000
TB:|Equipment and licence subtotal|||744,800
TB:5|Installation, calibration, WMS interface and commissioning|1|92,000|92,000
TB:6|Training (operators and administrators)|1|11,200|11,200
TB:|Contract price|||848,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the contract price (CNY 84,800) as an advance within 15 business days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the contract price (CNY 466,400) after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay 35% of the contract price (CNY 296,800) after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's Chinese distributor, Qingdao Polar Instrument Trading Co., Ltd.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Huangdao site within 60 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Installation work in chambers shall be scheduled with the Buyer's operations team so that no chamber is opened for longer than the Buyer allows, and staff working at sub-zero temperatures shall wear the protective equipment required by the Buyer's safety rules.
P:4.3 If the Supplier fails to meet a date in Section 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:4.4 The Supplier shall train up to 24 warehouse operators and four IT administrators at the site, in Chinese, covering alarm handling, battery replacement, calibration records, report generation and basic troubleshooting, and shall hand over Chinese user and administrator manuals.
P:4.5 The Buyer shall provide power outlets, network ports, access to the chambers at agreed times, and a contact person for the WMS interface. Delays caused by the Buyer extend the dates in Section 4.1 accordingly.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) each sensor is within ±0.3 °C of a reference thermometer traceable to a national standard at two set points; (b) readings from every sensor reach the server at least every five minutes; (c) alarms are delivered by SMS, phone call and app within 60 seconds of a threshold breach in a test in each chamber; (d) temperature records are posted to the WMS against the correct chamber and pallet location; (e) the gateways keep data for at least 48 hours during a simulated network outage and upload it afterwards; and (f) the System runs for 30 consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall sign the Final Acceptance certificate within seven business days after the criteria are met. Delivery, installation or use of the System in operation does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period it shall repair or replace defective Equipment, replace sensor batteries that fail early, provide Software updates and recalibrate every sensor once in each calendar year, free of charge.
P:6.2 After the warranty period, the Buyer may order support for each following year at 8% of the equipment and licence subtotal, that is CNY 59,584 per year. This fee is fixed for the first two support years after warranty. Each support year is ordered separately in writing and does not renew automatically.
P:6.3 Support levels are set out below.
TB:Severity|Definition|Response|On-site / restoration
TB:Severity 1|Server down, or a chamber without monitoring or alarms|1 hour|Spare parts on site and service restored within 24 hours
TB:Severity 2|Single sensor or gateway failure|8 business hours|Within 3 business days
TB:Severity 3|Questions, reports, minor defects|2 business days|Next software update
P:6.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 800, deducted from the next payment or claimed directly.
P:6.5 The Supplier shall keep a stock of spare sensors and one spare gateway at its distributor's warehouse in Qingdao, so that Severity 1 faults can be fixed with parts that are already in the city.
H:Section 7 Data
P:7.1 All measurement data, alarm records, reports and WMS records are the Buyer's property. The Supplier may use them only to perform this Contract.
P:7.2 The System shall be installed on the Buyer's network; the Supplier shall not transfer data outside the Buyer's site. Remote support requires the Buyer's approval for each session through the Buyer's VPN, and every session shall be logged.
P:7.3 The Supplier shall keep the Software free of hidden access paths, apply security patches promptly, and notify the Buyer within 12 hours of any security incident affecting the System. The Supplier is liable for damage caused by its breach of this Section 7.
H:Section 8 Intellectual Property
P:8.1 The Supplier retains its rights in the Software and in the Equipment firmware; the Buyer has a perpetual licence to use them at the Huangdao site.
P:8.2 The WMS interface, the report templates and configuration files made for the Buyer belong to the Buyer, with source code delivered at Final Acceptance. The Buyer may modify and use them freely, and may have third parties maintain them.
H:Section 9 Confidentiality
P:Each party shall keep the other party's non-public information confidential, in particular the Buyer's customer, inventory and site security information, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent. The Buyer hereby consents to the Supplier's distributor named in Section 3.4 performing local delivery and spare-part service. The Supplier remains responsible for all subcontracted work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Section 4.3 reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for the parts of the System not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes that the parties cannot settle by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 14 Miscellaneous
P:14.1 Neither party is liable for delays caused by force majeure, provided that it promptly notifies the other party and provides evidence.
P:14.2 The Supplier shall comply with export-control and customs rules applicable to the Equipment and shall deliver all documents needed for import clearance.
P:14.3 This Contract is made in English and Chinese. Annex 1 (site layout and sensor plan) and Annex 2 (test procedure) form part of it.
P:For the Buyer: ____________________ Name: Sun Haitao, General Manager
P:For the Supplier: ____________________ Name: Erik J. Sorensen, Managing Member
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** GMT-XM-2026-07

**Provider:** Green Mountain Technology Partners, LLC, 110 Main Street, Burlington, Vermont 05401, United States ("Provider")

**Customer:** Xiamen Harbourview Private School Co., Ltd., 301 Huandao East Road, Siming District, Xiamen, Fujian, People's Republic of China ("Customer")

**Effective Date:** the date of the last signature below

## BACKGROUND

Customer runs a private bilingual school with about 1,400 students and 210 staff on two campuses in Xiamen. Customer wishes to outsource the day-to-day management of its classroom devices, staff laptops, campus Wi-Fi and audio-visual equipment. Provider manages IT for schools in North America and Asia through its team in Xiamen. At Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Transition" means the work by which Provider takes over the Services from Customer's current arrangements, described in Schedule 1, Part B.

1.3 "Customer Data" means all data of Customer, its students, parents and staff that Provider can access in performing the Services, including personal information.

1.4 "Deliverables" means the runbooks, device configurations, scripts, asset register and reports that Provider prepares for Customer.

## 2. TERM

2.1 The Agreement starts on the Effective Date. The Services run for 24 months from the Service Start Date, which is the day after Transition Acceptance.

2.2 The Agreement ends at the end of the 24-month service period unless the parties extend it by a written amendment signed by both of them. There is no automatic renewal.

## 3. SERVICES

3.1 Provider shall perform the Services described in Schedule 1 with the skill and care of an experienced managed-service provider, in accordance with Customer's IT policies and the school calendar.

3.2 Provider shall station two engineers on the main campus on school days from 7:30 to 17:30 and provide remote support by phone and ticket outside those hours.

3.3 Provider will use commercially reasonable efforts to respond to and resolve incidents promptly, giving priority to incidents that affect teaching. No specific response, resolution or availability levels are agreed, and no service credits apply.

3.4 Provider shall give Customer a monthly report listing tickets opened and closed, devices added or retired, security patches applied, and recommendations. Once each school term the parties shall hold a review meeting to discuss the report, upcoming school events and planned changes to the school's systems.

3.5 Customer shall: (a) name an IT coordinator who approves changes and receives reports; (b) give Provider's engineers a workspace, network access and the administrator rights needed for the Services; (c) keep hardware warranties and software subscriptions in force or tell Provider in time when they lapse; and (d) inform Provider of school events that need extra support at least five school days in advance.

3.6 Work outside the scope of Schedule 1, such as new classroom installations or network redesign, is quoted separately and performed only on Customer's written order.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the Transition within 45 days after the Effective Date.

4.2 Transition Acceptance requires that: (a) all devices listed in the asset register are enrolled in Provider's device management tool; (b) the Wi-Fi controllers and access points on both campuses are under Provider's monitoring; (c) runbooks for the ten most frequent requests are approved by Customer's IT coordinator; (d) account handover, backup and password vault procedures are tested in Customer's presence; and (e) a ten-school-day shadow period is completed with no unresolved campus-wide outage.

4.3 Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met or list the failed criteria. Provider's start of work does not constitute acceptance.

4.4 If the Transition takes longer than planned, the parties shall agree a revised plan. No damages or fee reductions are payable for delay in the Transition.

## 5. FEES AND PAYMENT

5.1 The fees are set out in Schedule 2. The total contract value is CNY 980,000.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly fee is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 No advance payment is required. Fees are fixed for the 24-month service period.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services.

6.2 Provider shall: (a) access Customer systems only with named accounts, multi-factor authentication and through Customer's password vault; (b) not copy Customer Data to Provider's own systems or devices, except tickets containing the minimum information needed; (c) wipe or hand back any storage media it removes from devices; (d) comply with the Personal Information Protection Law, the Data Security Law and the rules on minors' personal information; and (e) ensure that every engineer has passed a background check and signed a data-protection undertaking.

6.3 Provider shall report any actual or suspected security incident involving Customer Data to Customer within 6 hours, assist Customer in notifying parents and authorities where required, and bear the losses, costs and penalties caused by its breach of this clause.

## 7. INTELLECTUAL PROPERTY

7.1 Provider keeps its rights in its tools and standard methods.

7.2 The Deliverables belong to Customer. Customer may use, modify and share them with any future provider without restriction.

## 8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including student records, network diagrams and passwords, and use it only for this Agreement. This duty continues for three years after the Agreement ends, and without limit of time for personal information and passwords.

## 9. STAFF AND SUBCONTRACTING

9.1 Provider shall assign qualified engineers who speak Mandarin and English and who are familiar with school environments. Customer may request the replacement of any engineer for good reason, and Provider shall provide a replacement within ten school days.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clauses 6 and 8.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider materially breaches it and fails to remedy the breach within 20 days after written notice.

11.2 Either party may terminate on written notice if the other party becomes insolvent.

11.3 On expiry or termination, Provider shall hand over all Deliverables, accounts and passwords, return Customer Data, and give up to 30 days of exit assistance at the monthly fee rate pro rata.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. GENERAL

13.1 Force majeure excuses delay only for as long as the event lasts and only if the affected party notifies the other promptly.

13.2 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

13.3 This Agreement is signed in English and Chinese; both versions are equally authentic.

## SCHEDULE 1 — SERVICES

**Part A — Managed services**

| Service area | Scope | Quantity |
|---|---|---|
| Staff laptops | Imaging, patching, software deployment, hardware fault handling with vendor warranty | 230 devices |
| Classroom devices | Student tablets and classroom PCs: enrolment, app deployment, content filtering | 760 devices |
| Campus Wi-Fi | Monitoring and configuration of controllers and access points on both campuses | 2 controllers, 186 access points |
| Audio-visual | Projectors, interactive panels and lecture-hall sound systems: checks and fault handling | 94 rooms |
| Service desk | Ticket handling for staff, teachers and administration, in Mandarin and English | School days on site, remote otherwise |
| Reporting | Monthly service report and quarterly review meeting | Monthly / quarterly |

**Part B — Transition**

| Step | Content | Target |
|---|---|---|
| 1 | Inventory of devices and accounts, asset register | Day 15 |
| 2 | Enrolment of devices and network equipment into monitoring | Day 30 |
| 3 | Runbooks, handover of passwords into the vault | Day 35 |
| 4 | Shadow period and Transition Acceptance | Day 45 |

## SCHEDULE 2 — FEES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | Fixed | 56,000 |
| Monthly service fee | CNY 38,500 × 24 months | 924,000 |
| **Total contract value** | | **980,000** |

Additional devices beyond the quantities in Schedule 1 are charged at CNY 35 per device per month, invoiced with the monthly fee.

**Signed for Provider:** ____________________ Name: Margaret A. Whitcomb, Managing Partner

**Signed for Customer:** ____________________ Name: Lin Jiayi, Principal
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
HIGH PLAINS AGRIWEATHER API

Agreement No.: HPA-CN-2026-022

This Data Subscription Agreement is entered into between:

High Plains AgriWeather, Inc., a Wyoming corporation with its office at 1200 East Ivinson Avenue, Laramie, Wyoming 82070, United States ("Provider"); and

Hebei Goldfield Seed Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Huaian East Road, Shijiazhuang, Hebei ("Customer").

RECITALS

A. Provider operates an application programming interface (the "API") that delivers gridded weather observations, short-range forecasts, soil-moisture estimates and growing-degree-day calculations for agricultural locations worldwide.

B. Customer breeds and sells maize and wheat seed and runs about 1,100 trial plots in northern China. Customer wishes to connect its trial-management system and its farmer advisory app to the API.

C. Provider has agreed to supply the subscription and to help Customer build the connection on the terms below.

D. At Customer's request, all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each of the two periods from 1 November 2026 to 31 October 2027 and from 1 November 2027 to 31 October 2028.

1.2 "Customer Inputs" means plot coordinates, crop and variety codes, sowing dates, field observations and any other information Customer sends to the API, and the logs of Customer's queries.

1.3 "API Data" means the weather, forecast, soil and crop-model data that the API returns to Customer.

1.4 "Integration Package" means the connector for Customer's trial-management system, the sample code for the advisory app and the mapping of Customer's variety codes that Provider prepares under clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive right to call the API and to use the API Data in its trial management, breeding decisions and advisory services to its farmer customers in the People's Republic of China.

2.2 The subscription includes up to 3,000,000 API calls per month, historical data back to 1991 for all subscribed locations, and up to 1,500 registered plot locations. Customer may display API Data in its advisory app to its farmers, with Provider's attribution, but may not resell raw API Data as a data feed.

2.3 The Subscription Term starts on 1 November 2026 and ends on 31 October 2028. It does not renew automatically; any extension requires a new written order.

3. INTEGRATION

3.1 Provider shall deliver the Integration Package and production API keys by 20 October 2026.

3.2 Integration Acceptance requires that: (a) the connector loads weather and soil data for all registered plots into Customer's trial-management system every hour without errors for ten consecutive days; (b) values for twenty sample plots match Provider's web console; (c) growing-degree-day calculations use Customer's base temperatures for each crop; and (d) the advisory app displays forecasts for a test group of fifty farmers correctly in Chinese.

3.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met or list the failed criteria. Issuing API keys alone is not acceptance.

3.4 If Provider does not deliver the Integration Package and production API keys by the date in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

4. FEES AND PAYMENT

4.1 Fees:
(a) API subscription: CNY 176,000 per Subscription Year, CNY 352,000 for the Subscription Term;
(b) Integration Package and integration support (one-time): CNY 28,000;
Total contract value: CNY 380,000.

4.2 The subscription fee is invoiced quarterly in advance at CNY 44,000 per quarter, at the start of each calendar quarter of the Subscription Term. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

4.3 Calls above the monthly allowance are charged at CNY 20 per 10,000 calls, invoiced quarterly in arrears. Fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, measured at Provider's endpoints, excluding scheduled maintenance notified 72 hours in advance.

5.2 Provider shall respond to a Priority 1 incident (the API is unreachable or returns errors for all calls) within 2 hours at any time, and to other incidents within one business day of Provider.

5.3 If monthly availability is below the level in clause 5.1, Provider shall credit 10% of that month's subscription fee for each full percentage point below it. If a Priority 1 response is late, Provider shall credit CNY 300 for each hour of delay. Credits are applied against the next invoice.

5.4 Forecast accuracy is not guaranteed. Provider shall publish verification statistics for its forecasts in its console each month.

5.5 Provider shall provide technical support by e-mail and through its support portal, with a named support engineer for Customer who works in China's business hours, and shall keep the API documentation, including a Chinese version of the quick-start guide, up to date.

5.6 Provider may improve the API and add data layers at any time. Provider shall give Customer at least 90 days' written notice before it removes an endpoint or changes a response format in a way that requires changes to the Integration Package, and shall keep the previous version available during that period. If such a change occurs during the Subscription Term, Provider shall update the Integration Package at no extra charge.

5.7 Provider shall send Customer a monthly service report showing availability, incidents, credits due and API call volumes.

6. CUSTOMER INPUTS

6.1 Customer remains the owner of Customer Inputs.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form, combined with data from other customers, to calibrate and improve Provider's crop models, forecasts and other products. This licence continues after the Agreement ends.

6.3 Provider shall not identify Customer or disclose Customer's plot locations or variety codes to any other customer.

7. INTELLECTUAL PROPERTY

7.1 Provider keeps all rights in the API, the API Data and its models.

7.2 The Integration Package, including its source code, belongs to Customer. Customer may modify it and have it maintained by third parties. Provider may reuse its general know-how.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement, including the terms of this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

8.2 This clause does not apply to information that is public, already known to the recipient, independently developed or required to be disclosed by law. It survives for three years after the Agreement ends.

9. SUBCONTRACTING

Provider shall not subcontract the integration work or the operation of the API to a third party without Customer's prior written consent, except for its cloud hosting provider named in the Order Annex.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential losses, including lost crops, lost profits or lost seed sales, except in case of wilful misconduct.

10.2 Provider's total liability under this Agreement is limited to 150% of the total contract value.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the subscription fee paid for the period after termination.

11.3 On expiry or termination, Customer's right to call the API ends. Customer may keep API Data already retrieved and use it for its internal trial records and for the historical charts in its advisory app, with Provider's attribution, without further fee.

12. DISPUTES

Disputes that the parties cannot resolve through negotiation within 30 days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in Chinese and English.

13. GENERAL

13.1 Force majeure: neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly.

13.2 Notices shall be given in writing to the addresses above, with a copy by e-mail to the named contacts.

13.3 Customer shall comply with Provider's published API usage guidelines and keep its API keys secure. Provider may suspend a key that is used in breach of clause 2.2 after giving Customer notice and a reasonable chance to remedy.

13.4 This Agreement, with its Order Annex, is the entire agreement between the parties. It is signed in English and Chinese; both versions are equally authentic.

ORDER ANNEX

Subscribed regions: Hebei, Henan, Shandong, Shanxi, Inner Mongolia, Liaoning, Jilin, Heilongjiang.
Data layers: hourly observations, 10-day forecast, soil moisture at three depths, growing degree days, frost risk.
Hosting: Provider's API is served from a cloud region in Singapore operated by Kestrel Cloud Pte. Ltd.
Customer contacts: Ms. Han Xue, Head of Digital Breeding; Mr. Qiao Bin, IT Manager.

Signed for High Plains AgriWeather, Inc.: ____________________ Name: Cody R. Halvorsen, Chief Executive Officer

Signed for Hebei Goldfield Seed Co., Ltd.: ____________________ Name: Wang Guoqiang, Chairman
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h529z01_tobacco_retailer_service_platform.pdf", "pdf"),
    "z02": ("h529z02_baijiu_filling_line_control_retrofit.docx", "docx"),
    "z03": ("h529z03_housekeeping_chain_dispatch_saas.txt", "text"),
    "z04": ("h529z04_talent_centre_personnel_archive_om.txt", "text"),
    "z05": ("h529z05_cured_meat_plant_mes_supplier_template.md", "text"),
    "e01": ("h529e01_structural_software_licence_ny_vendor.pdf", "pdf"),
    "e02": ("h529e02_hotel_learning_saas_order_form_az_vendor.md", "text"),
    "e03": ("h529e03_cold_store_sensors_ak_supplier.docx", "docx"),
    "e04": ("h529e04_school_managed_it_service_vt_provider.md", "text"),
    "e05": ("h529e05_agri_weather_data_api_wy_provider.txt", "text"),
}
LANG = {k: ("zh" if k[0] == "z" else "en") for k in TARGETS}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


G, S = "goods_or_licence", "service"
# category, terms, extra (sla_clause, ld_stated, capped (goods only), deemed, value), design-side facts for TCO / forum
LABELS = {
    "z01": ("software", T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
             warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=True, governing_law=None, contract_kind=G),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1350000), dict(fee_base=780000)),
    "z02": ("hardware", T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.1,
             liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
             warranty_months=24, post_warranty_fee_pct=7, auto_renewal_price_increase=False, termination_for_breach=False,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1130000), dict(fee_base=966000)),
    "z03": ("cloud", T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=612000), {}),
    "z04": ("services", T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=386000), {}),
    "z05": ("software", T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02,
             liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
             warranty_months=6, post_warranty_fee_pct=26, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=None, governing_law=None, contract_kind=G),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=True, value=860000), dict(fee_base=620000)),
    "e01": ("software", T(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
             warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="New York", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1048000), dict(fee_base=776000)),
    "e02": ("cloud", T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=900 / 450000 * 100,
             liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
             subcontract_without_consent=True, governing_law="PRC", contract_kind=S),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=450000), {}),
    "e03": ("hardware", T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
             liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
             warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=G),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=848000), dict(fee_base=744800)),
    "e04": ("services", T(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind=S),
            dict(sla_clause=False, ld_stated=False, deemed=False, value=980000), {}),
    "e05": ("cloud", T(availability_pct=99.5, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
             data_security_clause=False, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=500 / 380000 * 100,
             liability_cap_pct=150, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law=None, contract_kind=S),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=380000), {}),
}

DESIGN = {  # the rules I meant each draft to fire, written before deriving them
    "z01": {"CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"},
    "z02": {"CR-CONFIDENTIALITY", "CR-TERMINATION"},
    "z03": {"CR-DATA-OWNERSHIP", "CR-AUTO-RENEWAL"},
    "z04": set(),
    "z05": {"CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-TCO-SERVICE-SHARE", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-LOW", "CR-LIABILITY-CAP"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"},
    "e03": set(),
    "e04": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-LD-MISSING"},
    "e05": {"CR-SLA-AVAILABILITY", "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
HORIZON = 5  # policy section 4 default (not written in any contract text)


def tco_share(t, x, d):
    """post-warranty fees over the horizon / TCO, in %; None when not computable."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (x["value"] + fees) * 100


def derive(key):
    """My own reading of policy.md section 3 applied to the labels."""
    _, t, x, d = LABELS[key]
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
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
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
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    if rules - LOW:
        return "medium"
    return "low"


def label_json(key):
    cat, t, x, _ = LABELS[key]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    d = {"file": TARGETS[key][0], "language": LANG[key], "category": cat, "expected_terms": t,
         "expected_extra": extra, "expected_rules": sorted(derive(key))}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- threshold scan
NUMW = "零〇一二三四五六七八九十百千"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*[%％]", r"百分之九十九点九(?![" + NUMW + "])", r"ninety[- ]nine point nine",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|-hours?\b|hrs?\b|h\b)", r"(?<![" + NUMW + "])四\s*(?:个)?小时",
    r"\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十分钟",
    r"(?<![\d.])0?\.05(?!\d)\s*[%％]", r"万分之五(?![" + NUMW + "])", r"\bfive basis points?\b",
    r"(?<![\d.])100(?:\.0+)?\s*(?:[%％]|per\s*cent\b|percent\b)", r"百分之百", r"百分之一百(?![" + NUMW + "])",
    r"\b(?:one\s+)?hundred\s+per\s*cent\b",
    r"(?<![\d.])30(?:\.0+)?\s*(?:[%％]|per\s*cent\b|percent\b)", r"百分之三十(?![" + NUMW + "点])", r"三成",
    r"\bthirty\s+per\s*cent\b",
    r"(?<![\d.])12\s*(?:个)?(?:月|months?\b|-months?\b)", r"(?<![" + NUMW + "])十二个?月", r"\btwelve[\s-]+months?\b",
    r"一年", r"\bone[\s-]+year\b", r"(?<![\d.])1\s*(?:year\b|-year\b|年)",
    r"(?<![\d.])15(?:\.0+)?\s*(?:[%％]|per\s*cent\b|percent\b)", r"百分之十五(?![" + NUMW + "点])", r"\bfifteen\s+per\s*cent\b",
    r"(?<![\d.])40(?:\.0+)?\s*(?:[%％]|per\s*cent\b|percent\b)", r"百分之四十(?![" + NUMW + "点])", r"四成",
    r"\bforty\s+per\s*cent\b",
    r"(?<![\d.])5\s*(?:年|years?\b|-years?\b)", r"(?<![" + NUMW + "])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个)?(?:月|months?\b|-months?\b)", r"六十个?月", r"\bsixty[\s-]+months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years",
            "60 months", "sixty months", "thirty per cent", "one hundred per cent"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "Subscription Year", "130%", "0.3%", "1,500", "15 days", "30 days", "40 days",
             "二十四个月", "三十六个月", "36 months", "18 months", "十五日", "每年", "2 hours", "6 months", "25.0"]


def scan(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = set()
    for v in variants:
        for rx in RX:
            for m in rx.finditer(v):
                hits.add(m.group(0))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan("x " + s + " y"), s
    for s in MUST_MISS:
        assert not scan("x " + s + " y"), (s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if LANG[key] == "zh" else len(text.split())


def main():
    sys.dont_write_bytecode = True
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind == "text":
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
    covered = set()
    ok = True
    for k, (name, kind) in TARGETS.items():
        rules = derive(k)
        assert rules == DESIGN[k], (k, sorted(rules ^ DESIGN[k]))
        covered |= rules
        (OUT / name).with_suffix(".json").write_text(label_json(k), encoding="utf-8")
        text = read_back(OUT / name)
        n = measure(k, text)
        lo, hi = (2750, 3000) if LANG[k] == "zh" else (1450, 1650)
        src = SOURCES[k]
        if kind != "text":
            src = "\n".join(line.partition(":")[2] for line in src.splitlines())
        hits = scan(text) | scan(src)
        _, t, x, d = LABELS[k]
        share = tco_share(t, x, d)
        print(f"{k} {name}: {n} {'chars' if LANG[k] == 'zh' else 'words'}, risk {risk(rules)}, "
              f"rules {sorted(rules)}" + (f", TCO share {share:.2f}%" if share is not None else ""))
        if not lo <= n <= hi:
            print("   LENGTH OUT OF RANGE", n)
            ok = False
        if hits:
            print("   THRESHOLD TEXT", hits)
            ok = False
        thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for f, v in thr.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        assert share is None or abs(share - 40) > 2, (k, share)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in TARGETS if not derive(k)) == 2
    assert [k for k in TARGETS if derive(k) == {"CR-GOVERNING-LAW"}] == ["e01"]
    assert len(derive("z05")) >= 8
    print("all 20 rules covered:", ok)
    assert ok


if __name__ == "__main__":
    main()
