"""holdout807: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule derivation from the labels, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:南平市流浪动物救助管理平台建设项目合同
P:项目编号：NPCG-2026-0418（政府采购·公开招标）
P:甲方（采购人）：南平市农业农村局
P:乙方（供应商）：福州禾信软件有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经平等协商，就流浪动物救助管理平台的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“禾信动物防疫与救助管理平台”标准软件许可一套（永久许可，不限用户数、不限终端数），并在该平台基础上为甲方定制开发流浪动物救助登记、收容所床位与医疗管理、领养申请与回访、犬只免疫登记对接、志愿者管理及公众服务小程序等功能模块。
P:1.2 乙方负责将甲方及各县（市、区）收容点现有的救助登记台账、免疫记录、领养档案等历史数据清洗后迁移至新平台，并完成与省动物防疫信息系统、市政务服务平台统一身份认证和市“12345”热线工单系统的接口对接。
P:1.3 乙方负责平台的部署、调试、试运行、用户培训及质保期内的技术服务。平台部署于甲方指定的市级政务云资源，乙方不另行提供服务器及网络设备。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾柒万元整（¥1,370,000.00），其中：平台软件许可费760,000元；定制开发费430,000元；数据迁移及接口对接费118,000元；部署实施及培训费62,000元。
P:2.2 上述价款为固定总价，已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费等一切费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的合法有效发票后15个工作日内，甲方支付合同总价的20%作为预付款，计274,000元。
P:3.2 平台完成部署、数据迁移和接口对接并通过初步验收后15个工作日内，甲方支付合同总价的45%，计616,500元。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，计479,500元。
P:3.4 甲方按照财政国库集中支付程序付款。乙方应在每次付款前开具等额发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后90日内完成平台部署、数据迁移和接口对接，并书面提交初步验收申请；初步验收合格后平台进入为期60日的试运行。
P:4.2 乙方应随平台交付需求规格说明书、概要及详细设计文档、测试报告、用户手册、运维手册、定制部分源代码及部署脚本，纸质版一份、电子版一份。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件及经甲方确认的需求规格说明书所列功能全部实现，经甲方逐项测试通过；（二）历史数据迁移后经全量核对，记录条数一致，抽样字段差错率不高于万分之二；（三）与省动物防疫信息系统、统一身份认证及热线工单系统的接口连续7日调用成功；（四）在200个并发用户下，常用查询页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障，初步验收遗留问题全部关闭，并取得具备资质的第三方机构出具的网络安全等级保护测评报告（第二级），测评结论为“良”及以上。
P:5.3 甲方组织验收小组按上述标准进行验收，并出具书面验收报告。平台上线试运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%。经甲方书面同意的计划内维护时间不计入不可用时间。
P:6.2 故障分级及响应时限：一级故障（平台无法访问或救助登记、领养审核等核心业务中断）乙方应在30分钟内响应，2小时内远程介入或到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般问题及使用咨询）1个工作日内答复。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减800元；月可用率每低于承诺值0.01个百分点，扣减1,000元。扣减款项从履约保证金或应付款项中直接扣除。
H:第七条 质量保证与后续维护
P:7.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及7×24小时电话与远程技术支持。
P:7.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过60,800元），该价格在质保期满后三年内保持不变。双方届时另行签订维护合同，维护合同不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销、不可转让的使用许可，甲方及其下属事业单位均可使用。
P:8.2 乙方为本项目定制开发的功能模块、小程序、接口程序、数据迁移脚本、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和维护。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的救助登记信息、领养人身份信息、免疫记录、影像资料等全部数据归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何用途，不得向任何第三方提供。
P:9.2 乙方应按照网络安全等级保护要求采取访问控制、加密存储、操作审计等安全措施；运维操作须经甲方审批并通过政务云堡垒机进行，不得将任何数据拷贝出甲方环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止或履行完毕而终止。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成交付或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；违约金累计不超过合同总价的10%。
P:11.2 乙方交付的软件不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（一）逾期超过60日仍未完成交付；（二）最终验收两次不合格；（三）违反第九条、第十条约定，情节严重；（四）有其他根本违约行为，经甲方书面催告后15日内仍未改正。
P:13.2 因乙方原因解除合同的，乙方应退还甲方已支付的款项，并赔偿甲方由此遭受的损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 招标文件、乙方投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:甲方（盖章）：南平市农业农村局
P:乙方（盖章）：福州禾信软件有限公司
P:签订日期：2026年 月 日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：MMZY-SB-2026-017
P:甲方（买方）：南通梦眠家纺枕业有限公司
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:甲方因充棉、绗缝及包装三条枕芯生产线的原有控制系统老化、故障频发，委托乙方对上述生产线实施控制系统改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有的继电器控制柜及老旧PLC，提供并安装新的PLC控制器、伺服驱动系统、触摸屏及电气控制柜，重新编制设备控制程序，实现充棉克重自动称量、绗缝花型调用、包装计数与剔除等功能。
P:1.2 乙方提供设备联网数采网关及“生产看板及数采软件”许可，采集三条生产线的产量、节拍、停机原因及能耗数据，在车间大屏和甲方办公电脑上展示生产看板。
P:1.3 改造须分线实施，每条线停线时间不超过5日，不得影响其余生产线的正常生产。
P:1.4 乙方应在改造后的控制系统中预留与甲方后续生产执行系统对接的通信接口，并提供接口说明文档。
H:第二条 设备、软件及价款
P:2.1 本合同设备、软件及服务明细如下表：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|含CPU、数字量及模拟量模块|3套|86,000|258,000
TB:2|伺服驱动器及伺服电机|充棉及绗缝工位|18套|9,500|171,000
TB:3|触摸屏（HMI）|10英寸工业触摸屏|6台|7,200|43,200
TB:4|电气控制柜及元器件|含断路器、接触器、线缆|3套|38,600|115,800
TB:5|设备联网数采网关|支持Modbus、OPC UA|6台|5,800|34,800
TB:6|生产看板及数采软件许可|永久许可，含大屏看板|1套|126,000|126,000
TB:|设备及软件小计|||| |748,800
TB:7|控制程序编制及联调|三条生产线|1项|96,000|96,000
TB:8|安装、拆旧及停线切换|含旧设备拆除|1项|58,200|58,200
TB:9|操作及维修培训|操作工及电工|1项|12,000|12,000
TB:|合同总价|||| |915,000
P:2.2 合同总价为人民币玖拾壹万伍仟元整（¥915,000.00），含税、含运输、保险、安装及调试费用。
P:2.3 乙方应在交货时提供设备装箱单、出厂检验报告；进口元器件应提供原产地证明及报关单据复印件。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装、三条生产线恢复生产后，甲方支付合同总价的45%。到货签收及安装完成不代表甲方对设备质量的验收。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运抵甲方厂区，并于合同签订后75日内完成三条生产线的改造及调试。
P:4.2 乙方应提交电气原理图、接线图、PLC及触摸屏程序源文件、设备说明书及合格证。
P:4.3 乙方进场施工前应提交施工方案及分线停线计划，经甲方确认后实施；施工期间乙方人员应遵守甲方厂区安全、消防及洁净车间管理制度。
P:4.4 乙方应对甲方操作工进行不少于两期的操作培训，对电工进行不少于一期的维修培训，确保受训人员能够独立完成换型、参数设置和常见报警处理。
H:第五条 验收
P:5.1 验收标准：（一）设备型号、数量与本合同约定一致，外观完好；（二）每条生产线按甲方常规订单连续带料运行72小时，无控制系统原因的停机；（三）充棉克重偏差不超过±2克，绗缝花型切换时间不超过3分钟；（四）生产看板数据与现场计数的偏差不超过0.5%。
P:5.2 验收由甲方设备部会同生产部按上述标准进行，签署验收报告，验收报告由双方代表签字确认。生产线恢复生产或甲方使用设备，不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质量保证
P:6.1 乙方提供的设备和软件的质保期为二十四个月，自最终验收合格之日起计算。
P:6.2 质保期内，设备或软件因质量问题出现故障的，乙方负责免费维修或更换，更换的备件质保期重新计算。乙方应提供电话技术咨询，并根据需要派员到厂处理。
P:6.3 质保期内乙方每半年对三条生产线的控制系统进行一次免费巡检，并出具巡检报告。
P:6.4 质保期满后，甲方如需乙方继续提供维保服务，年度维保费按设备及软件小计的8.5%计取（即每年63,648元），质保期满后三年内维保费不作调整。维保服务按年另行签订协议，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC控制程序、触摸屏程序、数采配置及其源文件归甲方所有，甲方有权自行修改或委托他人维护。
P:7.2 生产看板及数采软件的著作权归乙方，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产线采集的产量、工艺参数、能耗等数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程访问甲方设备须经甲方设备部批准，并使用甲方提供的专用账号，访问结束后即行关闭；乙方不得在数采网关中预留后门或未经授权的远程通道。
P:8.3 因乙方原因造成甲方生产数据泄露、丢失或被篡改的，乙方应立即通知甲方，采取补救措施，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在改造过程中知悉的甲方工艺参数、配方、产能及客户信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。乙方应督促其参与本项目的人员遵守上述保密义务，并对其人员的泄密行为承担责任。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方提供的设备不符合约定的，甲方有权要求更换，由此产生的费用及停产损失由乙方承担。
P:10.3 乙方支付的违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
P:10.4 甲方逾期付款的，每逾期一日按未付金额的万分之二向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的控制系统改造工作分包给第三方。电气柜配线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日仍未完成改造，或设备经两次验收仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。
P:12.3 合同解除后，乙方应配合甲方完成已安装设备的交接，并移交全部程序源文件。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交南通仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。
H:第十四条 安全施工
P:14.1 乙方应为进场人员办理意外伤害保险，电工等特种作业人员须持证上岗。
P:14.2 施工过程中因乙方原因造成甲方设备、原材料或成品损坏的，由乙方负责赔偿。
P:14.3 乙方应在每条线施工结束后清理现场，拆除的旧设备由甲方自行处置。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南通梦眠家纺枕业有限公司
P:乙方（盖章）：苏州恒控自动化工程有限公司
P:日期：2026年 月 日
"""

Z03 = """约课及会员管理SaaS服务合同

合同编号：ZQ-IT-2026-009

甲方：上海智桥体育文化发展有限公司（“智桥桥牌”连锁培训机构，下辖35家门店）
乙方：杭州约课云科技有限公司

鉴于甲方拟在其全部门店统一使用线上约课、会员及课消管理系统，乙方拥有“约课云”SaaS平台并具备相应的实施与运营能力，双方依据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。

一、服务内容
（一）乙方通过“约课云”平台向甲方35家门店提供以下SaaS服务：
1. 课程排期、教练排班及学员线上约课、签到与课消；
2. 会员卡、课时包、储值及续费管理，会员积分与等级；
3. 桥牌等级赛事报名、成绩录入与证书查询；
4. 门店经营报表及总部汇总驾驶舱；
5. 甲方品牌微信小程序（学员端及教练端）。
（二）实施服务：乙方负责35家门店的系统配置、历史会员及剩余课时数据迁移、小程序上线、与甲方财务系统的对账接口开发，以及店长、教练和前台人员的培训。
（三）平台由乙方部署于境内云服务商的数据中心，并由乙方负责运行维护。
（四）乙方为甲方配备专属客户成功经理一名，每月回访一次，每季度向甲方提交平台使用分析报告及优化建议。
（五）平台应支持甲方后续新增门店，新增门店的开通时间不超过3个工作日。

二、服务期限
（一）本合同服务期为两个服务年度，自上线验收合格之日起计算。第一个服务年度自上线验收合格之日起至次年同日前一日止，第二个服务年度依此类推。
（二）服务期满前30日内，任何一方均未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期服务年度的年服务费由乙方根据市场及成本情况调整，每次上调幅度不超过上一服务年度年服务费的8%，乙方提前书面通知甲方即可执行。

三、费用及支付
（一）合同费用构成如下：
1. 实施费：人民币88,000元（一次性）；
2. 年服务费：每门店每服务年度4,800元，35家门店合计每服务年度168,000元，两个服务年度合计336,000元；
3. 合同总价：人民币424,000元（大写：肆拾贰万肆仟元整）。
短信通知超出套餐部分按实际用量另行结算，不计入合同总价。
（二）实施费在上线验收合格后15个工作日内一次性支付。
（三）年服务费按季度支付，每季度42,000元，于每季度首月的15日前支付当季费用；第一期于上线验收合格后15个工作日内支付。
（四）乙方应在每次收款前开具增值税专用发票。
（五）服务期内甲方新增门店的，按每门店每服务年度4,800元的标准，依当期服务年度剩余月数折算收费。

四、实施与上线验收
（一）乙方应在合同生效后45日内完成全部35家门店的配置、数据迁移和小程序上线，并书面申请上线验收。
（二）上线验收标准：
1. 第一条所列功能全部可用，经甲方总部及抽选的5家门店逐项测试通过；
2. 迁移后的会员人数、剩余课时及储值余额与甲方原系统全量核对一致；
3. 小程序通过微信平台审核并正式发布，约课、签到、课消流程连续7日运行无一级故障；
4. 对账接口连续7日数据与财务系统核对一致。
（三）甲方应在收到验收申请后7个工作日内组织验收并出具书面意见。门店试用或甲方付款，均不视为验收合格。
（四）验收不合格的，乙方应在10日内整改完毕并重新申请验收；因整改导致上线延期的，按第九条承担逾期责任。
（五）乙方应提供门店操作手册、管理员手册及培训视频，并为每家门店安排不少于一次的现场或远程培训。

五、服务水平
（一）平台月可用率不低于99.95%，每月计划内维护不超过两次，且应安排在22:00至次日7:00之间并提前3日通知甲方。
（二）故障响应：一级故障（平台或小程序无法约课、签到）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，12小时内解决；三级问题1个工作日内答复。
（三）月可用率每低于承诺值0.01个百分点，或一级故障恢复每超时1小时，乙方按当季服务费的2%抵扣下一季度服务费，单季抵扣累计不超过当季服务费的20%。
（四）乙方应提供7×24小时服务热线及在线工单，并于每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。

六、数据归属与数据安全
（一）甲方学员、会员、约课、课消及储值数据归甲方所有。
（二）乙方有权对前款数据进行去标识化处理后，用于乙方产品优化、培训行业分析报告及向其他客户提供的经营对标服务，该等使用在本合同终止后仍可继续。
（三）乙方应落实网络安全等级保护第三级要求，对会员个人信息加密存储、按最小权限授权访问、保留操作日志不少于六个月。
（四）发生数据泄露、丢失等安全事件的，乙方应在发现后2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任。
（五）合同终止后30日内，乙方应按甲方要求导出并交付全部数据，随后删除平台中的甲方数据并书面确认。
（六）乙方不得将平台数据存储或传输至境外。

七、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的品牌小程序页面、对账接口程序、专用报表模板及数据迁移脚本，知识产权归甲方所有，乙方应交付源代码。
（三）乙方保证平台及交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后持续有效。乙方应要求其参与本项目的员工签署保密承诺。

九、违约责任
（一）乙方未能按第四条约定期限完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方迁移数据出现错误导致会员课时或储值余额有误的，乙方应负责核实更正，并承担由此给甲方造成的退费及赔偿损失。
（四）任何一方违约给对方造成损失的，应赔偿对方的实际损失。

十、转包与分包
乙方不得将本合同项下的实施或运营服务转包或分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方逾期上线超过30日，或平台连续两个月未达到月可用率承诺的，甲方有权书面通知解除本合同。
（二）任何一方严重违约，经对方书面催告后15日内未纠正的，对方有权解除本合同。
（三）合同解除或终止的，甲方已支付但尚未使用期间的年服务费，乙方应在30日内退还。

十二、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

十三、不可抗力
因地震、火灾、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过60日的，任何一方可以解除本合同。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括：附件一 功能清单；附件二 门店清单；附件三 服务水平说明。附件与本合同具有同等效力。

甲方（盖章）：上海智桥体育文化发展有限公司
乙方（盖章）：杭州约课云科技有限公司
签订日期：2026年 月 日
"""

Z04 = """襄阳市公共地下停车库管理系统运维服务合同

采购项目编号：XYZJ-CS-2026-031（竞争性磋商）
甲方（采购人）：襄阳市住房和城乡建设局
乙方（成交供应商）：湖北泊联智能科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就襄阳市公共地下停车库管理系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方管理的46座公共地下停车库的管理系统，包括：车牌识别一体机212套、出入口道闸186套、车位引导及反向寻车设备、收费终端、库内视频监控接入，以及部署于市政务云的停车管理平台软件和市民停车小程序。
（二）服务内容包括：平台软件的日常运行监控、故障处理、缺陷修复及安全加固；前端设备的定期巡检、清洁校准、故障维修和更换；备品备件的储备与供应；驻场运维人员派驻；运维数据统计分析。
（三）乙方应在襄阳市区设立运维服务点，配备不少于6名专职运维人员，其中2名驻场于甲方停车管理指挥中心。
（四）乙方应对市民停车小程序及缴费页面进行版本维护，配合甲方完成微信、支付宝支付渠道的证书更新和接口调整。

第二条 服务期限
本合同服务期自2026年7月1日起至2027年6月30日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购程序。

第三条 合同价款
（一）本合同总价为人民币陆拾柒万肆仟元整（¥674,000.00），其中：平台软件运维费186,000元；前端设备巡检维护费274,000元；备品备件费98,000元；驻场人员服务费116,000元。
（二）合同总价为固定总价，包含人工、交通、工具、备件、税费等完成本合同全部服务所需的费用。

第四条 付款方式
（一）运维费按季度支付，每季度支付168,500元。
（二）每季度结束后，甲方按第七条进行季度考核，并在考核结果确认且收到乙方发票后15个工作日内支付当季运维费；考核扣款从当季运维费中直接扣除。
（三）甲方不向乙方支付预付款。

第五条 服务交接
（一）乙方应在合同签订后10日内完成与原运维单位的交接，包括设备台账、平台账号、运维文档和备件清点，并书面确认。
（二）乙方应在交接完成后30日内对全部停车库设备完成一次全面巡检，建立设备健康档案并提交甲方。
（三）交接期间乙方应保障各停车库正常运行；交接中发现的设备缺陷应列入清单并经甲方确认，清单外的缺陷由乙方负责维修。

第六条 服务水平
（一）停车管理平台及市民停车小程序月可用率不低于99.5%。
（二）故障分级及时限：
1. 一级故障（平台整体不可用、收费中断或单座停车库出入口全部无法通行）：30分钟内响应，1小时内到达现场，3小时内恢复通行或启用应急放行措施；
2. 二级故障（单个出入口道闸、识别设备或收费终端故障）：1小时内响应，2小时内到达现场，6小时内修复；
3. 三级故障（车位引导、寻车等辅助功能异常）：2小时内响应，48小时内修复。
（三）巡检要求：出入口设备每周巡检一次，车位引导设备每月巡检一次，平台每日检查运行状态及安全日志，并形成巡检记录。
（四）乙方应每月5日前提交上月运维报告，列明设备完好率、故障处理情况、可用率统计及改进建议。
（五）遇节假日、大型活动等高峰时段，乙方应按甲方要求增派人员现场值守，保障出入口通行顺畅。
（六）乙方应储备不少于设备总量5%的车牌识别一体机及道闸备件，更换下的故障设备由乙方负责送修，修复后入库备用。

第七条 考核与扣款
（一）甲方按季度对乙方服务进行考核，考核内容包括平台可用率、故障响应及修复时限、巡检完成率、设备完好率和报告质量。
（二）平台月可用率每低于承诺值0.1个百分点，扣减当季运维费2,000元；故障响应或修复每超时1小时，扣减500元；漏检一次扣减300元。
（三）季度考核得分低于80分的，甲方有权约谈乙方，乙方应在10日内提交整改方案。
（四）考核结果作为甲方对乙方履约评价的依据。

第八条 服务验收
（一）服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核均达到80分以上；全部设备完好率不低于97%；运维文档、设备档案、备件台账完整移交；无未关闭的一级、二级故障。
（二）验收合格后甲方出具书面验收意见。甲方支付季度运维费不视为对年度服务的验收。

第九条 数据安全
（一）停车管理平台中的车辆通行记录、车牌信息、收费数据、视频图像及市民账户信息均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
（二）乙方应严格执行网络安全等级保护第三级要求，运维操作通过甲方堡垒机进行，账号专人专用，禁止使用个人设备接入平台。
（三）发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
（四）服务期满或合同终止时，乙方应删除其掌握的全部甲方数据副本，并出具书面说明。

第十条 保密
乙方及其运维人员对在服务过程中知悉的甲方网络结构、系统口令、车辆通行信息及其他未公开信息负有保密义务，未经甲方书面同意不得披露。乙方应与运维人员签订保密协议，人员变动时应及时收回其账号和权限。本条在合同终止后继续有效。

第十一条 知识产权
乙方在运维过程中为甲方编写的运维脚本、配置文件、巡检记录、设备档案及分析报告，其知识产权归甲方所有。乙方原有的运维工具软件知识产权仍归乙方，乙方授予甲方在服务期内免费使用。服务期满移交时，乙方应将上述资料完整交付甲方。

第十二条 违约责任
（一）乙方未按第五条约定期限完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方服务未达到第六条要求的，按第七条扣减运维费；扣减不足以弥补甲方损失的，乙方应赔偿差额。
（三）因乙方运维不当导致设备损坏或收费损失的，由乙方负责修复并赔偿。
（四）乙方驻场人员无正当理由缺岗的，每人每日扣减400元。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十四条 合同的变更与解除
（一）本合同履行期间，除因不可抗力致使合同目的不能实现外，双方均不得单方解除本合同。
（二）乙方服务质量不符合要求的，甲方按第七条扣减运维费，并有权要求乙方限期整改、更换驻场人员，乙方应继续履行本合同。
（三）合同内容确需变更的，双方应签订书面补充协议。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交襄阳仲裁委员会仲裁。

第十六条 人员管理
（一）乙方派驻人员应具备相应资质，名单报甲方备案；更换驻场人员须提前5日书面告知甲方并经甲方同意。
（二）乙方人员在甲方场所工作期间应遵守甲方管理制度，乙方承担其人身安全及劳动用工责任。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：襄阳市住房和城乡建设局
乙方（盖章）：湖北泊联智能科技有限公司
签订日期：2026年 月 日
"""

Z05 = """# 软件许可及定制开发合同

**织链标准合同文本（软件类）V3.0**

合同编号：ZL-RJ-2026-0623

甲方（用户方）：台江县苗韵绣坊手工艺品有限公司
乙方（开发方）：贵阳织链信息技术有限公司

甲方为提高苗绣产品订单交付及绣娘计件管理的效率，向乙方采购“织链工坊生产管理系统”软件许可并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织链工坊生产管理系统V3”标准版软件许可一套（永久许可，限甲方本部及两个合作绣娘村使用）。

1.2 乙方根据甲方需求进行以下定制开发：绣片工序流转扫码（裁片、描样、刺绣、锁边、拼合、质检）；绣娘计件工资核算；订单进度查询；成品溯源二维码及对外展示页面。

1.3 乙方负责系统安装部署、基础数据初始化及使用培训。

1.4 系统运行所需的服务器、网络、扫码终端及标签打印设备由甲方自行采购，乙方可提供选型建议。

1.5 本合同所称“上线”，指系统安装部署完成，甲方可登录系统进行业务操作。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可费 | 织链工坊生产管理系统V3标准版，永久许可 | 186,000 |
| 2 | 定制开发费 | 工序扫码、计件核算、订单查询、溯源页面 | 78,000 |
| 3 | 实施及培训费 | 部署、数据初始化、两期培训 | 24,000 |
| | **合计** | | **288,000** |

合同总价为人民币贰拾捌万捌仟元整（¥288,000.00），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即158,400元。乙方收到该款项后启动开发工作。

3.2 系统上线后5个工作日内，甲方支付合同余款，即合同总价的45%，计129,600元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之三向乙方支付违约金，且乙方有权暂停开发、实施及技术支持服务。

3.4 甲方支付的款项以乙方开具的发票为准，银行手续费由甲方承担。

## 第四条 开发与交付

4.1 乙方计划在收到首期款后60个工作日内完成开发并部署上线。开发进度受甲方需求确认、基础数据提供及现场网络条件影响的，交付时间相应顺延。

4.2 乙方应尽合理努力按计划交付。因甲方需求变更、不可抗力或第三方原因造成延误的，乙方不承担责任。

4.3 甲方提出的需求变更，乙方将另行评估工作量并报价，经双方确认后实施。

4.4 乙方交付系统安装程序及用户操作手册。定制功能的源代码及设计文档不属于交付范围。

4.5 甲方应指定专人负责需求确认及配合工作，并在乙方提出需求确认后3个工作日内书面回复；逾期未回复的，视为确认。

## 第五条 上线与验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 上线后7日内，甲方对系统功能有异议的，应以书面形式向乙方提出，乙方酌情予以处理；甲方逾期未提出的，视为对系统无异议。

5.3 甲方在上线后使用系统处理业务数据的，视为甲方认可系统符合合同约定。

5.4 上线前甲方可进行功能试用，试用期间发现的问题由乙方在上线前修复。

## 第六条 免费维护

6.1 系统上线后六个月内为免费维护期。免费维护期内，乙方对系统缺陷提供免费修复。

6.2 故障响应：一级故障（系统无法登录或扫码流转中断），乙方在工作日8小时内响应；二级故障，乙方在2个工作日内响应；其他问题在5个工作日内答复。节假日顺延。

6.3 乙方响应超时的，每次按200元抵扣甲方下期维保费。

6.4 因甲方操作不当、擅自修改系统、硬件或网络故障导致的问题，不属于免费维护范围，乙方可按人天另行收费。

6.5 免费维护期内，乙方通过电话、微信及远程方式提供技术支持；确需现场服务的，甲方承担乙方人员的差旅费用。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订维保合同，由乙方提供系统维护、缺陷修复及版本更新服务。

7.2 维保费按软件许可费的28%每年计取，即每年52,080元，于每个维保年度开始前一次性支付。维保合同按年签订。

7.3 甲方未购买维保服务的，乙方不再提供任何技术支持，系统升级按乙方新版本价格另行购买。

7.4 维保服务内容包括：远程技术支持、缺陷修复、小版本更新及每年一次的系统健康检查，不包括新功能开发和现场驻点服务。

7.5 维保费逾期未付的，乙方有权暂停维保服务及系统账号登录。

## 第八条 知识产权

8.1 织链工坊生产管理系统及其全部版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、工序配置、溯源页面及相关程序的知识产权均归乙方所有。乙方授予甲方在本合同约定范围内的非独占、不可转让的使用权，甲方不得对其进行修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方不得将软件许可转让、出租或出借给任何第三方，不得超出许可范围安装使用。

## 第九条 数据

9.1 甲方在系统中录入的订单、工序、计件及客户数据归甲方所有。

9.2 乙方有权对甲方业务数据、绣样图案及工艺参数进行脱敏处理后，用于产品改进、算法训练及行业案例展示，该权利在本合同终止后继续有效。

9.3 乙方应采取防火墙、访问控制、数据加密及定期备份等措施保障系统数据安全。发生数据泄露或丢失的，乙方应在24小时内通知甲方并协助处理；因乙方过错造成的，乙方承担相应责任。

9.4 甲方应自行做好业务数据的日常备份。合同终止后，乙方可协助甲方导出数据，导出服务另行收费。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密、技术资料及经营信息负有保密义务，未经对方同意不得向第三方披露。保密义务在本合同终止后两年内有效。乙方可将本项目作为成功案例用于宣传推广。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面通知后15个工作日内未改正的，对方有权解除本合同。

12.2 合同解除的，甲方已支付的费用不予退还，但乙方根本违约的除外。

12.3 甲方逾期支付款项超过30日的，乙方有权解除合同并收回软件许可。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费用、律师费由败诉方承担。

## 第十四条 培训

14.1 乙方为甲方提供两期培训，每期不超过两天，培训对象为甲方管理人员及绣娘组长。

14.2 培训场地、设备由甲方提供。额外培训按每人天1,800元另行收费。

## 第十五条 不可抗力

因不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

16.3 本合同的附件包括《需求说明书》《报价单》，由乙方在合同签订后提供。

甲方（盖章）：台江县苗韵绣坊手工艺品有限公司
乙方（盖章）：贵阳织链信息技术有限公司
日期：2026年 月 日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KHC-IT-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Kunming Highland Coffee Trading Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer"), and Sistemas Agroexportadores del Pacífico, S.A., a company organised under the laws of the Republic of Guatemala with its principal office at Escuintla, Guatemala (the "Vendor").
P:The Buyer imports green coffee from Central America and Yunnan growers and operates a cupping laboratory and two bonded warehouses. The Vendor develops and licenses CafeTrace, a lot traceability, quality laboratory and export documentation system. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CafeTrace Enterprise software, version 7, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, migration scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including supplier, lot, cupping, warehouse and customer records.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 60 named users and four laboratory workstations, at the Buyer's offices, laboratory and warehouses in the People's Republic of China, for the internal business of the Buyer and its affiliates.
P:2.2 The Vendor shall configure the Software to the Buyer's business processes; build interfaces with the Buyer's ERP system, the warehouse weighing scales and the customs declaration platform used by the Buyer's broker; migrate the Buyer's historical lot and cupping records from its existing spreadsheets and database; and train the Buyer's key users and administrators.
P:2.3 The Software will be installed on servers provided by the Buyer in its Kunming data centre. The Vendor supplies no hardware under this Agreement.
H:Article 3 Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 1,740,000, made up of: Licence Fee CNY 1,180,000; configuration and custom interfaces CNY 420,000; data migration CNY 96,000; and training CNY 44,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel, and all third-party components needed to run the Software as specified.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 348,000) within 30 days after signature of this Agreement, against the Vendor's invoice and an advance-payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 783,000) within 30 days after the Operational Acceptance certificate is signed.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 609,000) within 30 days after the Final Acceptance certificate is signed.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Project Plan and Delivery
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration and request Operational Acceptance within 120 days after signature, following the project plan in Annex 2.
P:5.2 The Vendor shall deliver the installation media, administrator and user manuals in Chinese and English, the design documents, test reports, and the source code of the Custom Deliverables.
H:Article 6 Acceptance
P:6.1 Operational Acceptance requires that: (a) every function in the requirements specification in Annex 1 passes the Buyer's test scripts; (b) migrated lot and cupping records reconcile in full with the source records by count and by value of sampled fields; (c) each interface runs for ten consecutive working days without error; and (d) a full lot trace from farm delivery to export container is produced in less than five seconds.
P:6.2 Final Acceptance requires that the Software has run in production for 60 days after Operational Acceptance without any Severity 1 fault, and that all defects recorded at Operational Acceptance are closed.
P:6.3 The Buyer shall test within 15 working days of the Vendor's written request and either sign the relevant certificate or give written reasons for rejection. Go-live, production use or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, security patches and remote support free of charge.
P:7.2 Faults are classified as follows: Severity 1 means the Software is unavailable or lot release, cupping records or export documents cannot be processed; Severity 2 means a material function is impaired but a workaround exists; Severity 3 means any other fault or question. The Vendor shall respond to a Severity 1 fault within 1 hour and provide a workaround or fix within 8 hours; to a Severity 2 fault within 2 hours, with a fix within 2 working days; and to a Severity 3 fault within 1 working day.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or fix time, the Vendor shall credit the Buyer CNY 1,000, and for each hour beyond a Severity 2 time CNY 300. Credits are deducted from the next payment due or, after the final payment, paid within 30 days.
P:7.4 After the Warranty Period, the Buyer may order annual support, covering the services in Article 7.1 and 7.2, at 11% of the Licence Fee per year (CNY 129,800). This fee is fixed for the first three support years after the Warranty Period. Support is ordered by a separate purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors, subject to the licence granted in Article 2.1.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, copy, modify and license them freely, including to third-party service providers. The Vendor shall deliver their source code with the documentation.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development, whether or not the data is aggregated or de-identified.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway with multi-factor authentication and per-session approval, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the Personal Information Protection Law, the Data Security Law and the Buyer's information security policies.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 24 hours of becoming aware of it, cooperate in its investigation and remediation, and bear all losses, costs and regulatory penalties caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, supplier terms, cupping scores and system configurations, and shall use it only to perform this Agreement.
P:10.2 This obligation survives termination or expiry of this Agreement for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to request Operational Acceptance by the date in Article 5.1 for reasons not attributable to the Buyer, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 8.3, 9 and 10, to personal injury, or to fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if delay damages reach their maximum under Article 11.1.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2.1 continues if the Licence Fee has been paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Guatemala.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Conciliation and Arbitration Centre of the Chamber of Commerce of Guatemala (CENAC) in Guatemala City, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement is signed in English in two originals, one for each party, and takes effect on signature by both parties.
P:15.2 Annex 1 (Requirements Specification) and Annex 2 (Project Plan) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM – FIELDHUB SERVICE MANAGEMENT SUBSCRIPTION

Order Form No. AFC-CN-2026-0087

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between the Provider and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A – ORDER DETAILS

### A1. Parties

**Provider:** Atlántida Field Cloud, S. de R.L., a company organised under the laws of the Republic of Honduras, with its principal office at Avenida San Isidro, La Ceiba, Atlántida, Honduras.

**Customer:** Foshan Yuehai Home Appliance Service Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Shunde District, Foshan, Guangdong Province.

**Customer contact:** Head of After-Sales Operations. **Provider contact:** Regional Account Director, Asia.

### A2. Subscription and Term

A2.1 The Provider will provide the FieldHub service management platform (the "Service"): work-order intake from the Customer's call centre and WeChat service account, automatic dispatch and route planning, technician mobile app, spare-parts tracking, customer e-signature on completion, and management dashboards.

A2.2 The Service is hosted in the Provider's tenancy on a cloud platform located in mainland China (East China region). Customer Data will not be stored or processed outside mainland China.

A2.3 The subscription term is 24 months from the Subscription Start Date (the "Subscription Term"). The Subscription Start Date is the date of Onboarding Acceptance under A5.

### A3. Fees

| Item | Quantity | Unit fee (CNY per year) | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats (mobile app) | 180 | 1,150 | 207,000 | 414,000 |
| Dispatcher and manager seats | 20 | 2,400 | 48,000 | 96,000 |
| Subscription subtotal | | | 255,000 | 510,000 |
| Onboarding (one-time): configuration, data import, call-centre and ERP integration, training | 1 | | | 46,000 |
| **Total Fees** | | | | **556,000** |

SMS notifications above 400,000 messages per year are charged at CNY 0.045 per message, invoiced annually in arrears; these usage charges are not part of the Total Fees. All fees include VAT.

### A4. Invoicing and Payment

A4.1 Subscription fees are invoiced quarterly in advance, on the first day of each quarter of the Subscription Term, in equal amounts of CNY 63,750. The first quarter is invoiced on the Subscription Start Date.

A4.2 The onboarding fee is invoiced after Onboarding Acceptance.

A4.3 No fee is payable before the Subscription Start Date. The Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding and Acceptance

A5.1 The Provider shall complete onboarding within 60 days after the signature date of this Order Form: configuration of 14 service regions, import of the Customer's technician roster, product catalogue and open work orders, and integration with the Customer's call-centre system and ERP.

A5.2 Onboarding Acceptance requires that: (a) all functions listed in the Service Description pass the Customer's user acceptance tests; (b) 200 test work orders flow end to end from intake to e-signature and ERP settlement without error; (c) the integrations run for ten consecutive days with full reconciliation; and (d) the mobile app works on the Customer's approved Android and iOS devices. The Customer shall issue an Onboarding Acceptance certificate or a written list of failures within 10 working days after the Provider's notice of readiness. Use of the Service during onboarding does not constitute acceptance.

A5.3 If Onboarding Acceptance is delayed beyond the date in A5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, up to CNY 27,000.

### A6. Renewal and Special Terms

A6.1 This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

A6.2 The Customer may add seats at any time at the unit fees in A3, prorated to the end of the Subscription Term.

## PART B – GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, including work orders, end-customer names, addresses and telephone numbers, device serial numbers, photographs and signatures.

1.2 "Customer Configurations" means the workflows, dispatch rules, form templates, report templates and integration scripts created for the Customer.

### 2. Service Levels

2.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and performed between 00:00 and 06:00 Beijing time.

2.2 Priority 1 incidents (the Service or the technician app is unavailable, or dispatch has stopped) shall be responded to within 30 minutes and restored within 3 hours. Priority 2 incidents shall be responded to within 2 hours and resolved within 1 business day. Priority 3 requests shall be answered within 2 business days. Support is provided in Chinese, 24 hours a day, seven days a week, by telephone and ticket.

2.3 If monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. Each Priority 1 response more than 30 minutes late earns a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 3. Customer Data and Security

3.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it, in identifiable, aggregated or de-identified form, for any other purpose.

3.2 The Provider shall maintain an information security programme that includes encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging and monitoring, annual penetration testing, and a valid MLPS level 3 filing for the Service.

3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, take immediate steps to contain it, and compensate the Customer for losses and regulatory penalties resulting from the Provider's failure to comply with this Section 3.

3.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 4. Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the end of the Agreement.

### 5. Intellectual Property

5.1 The Provider retains all rights in the Service, the FieldHub software and its documentation.

5.2 Customer Configurations belong to the Customer. The Provider shall export them at the Customer's request, and the Customer may use, modify and have them implemented by any third party.

### 6. Subprocessors and Subcontractors

6.1 The Provider may engage affiliates, subprocessors and subcontractors, including hosting providers, SMS gateways, map services and local support partners, to perform any part of the Service.

6.2 The Provider shall keep a current list of subprocessors on its customer portal and will notify the Customer by email at least 15 days before adding a new one. The Customer's consent is not required. The Provider remains responsible for their performance.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with the Service Description and that it will provide onboarding with reasonable skill and care.

7.2 The Provider warrants that it holds all rights needed to provide the Service, and shall defend the Customer against third-party claims that the Service infringes their intellectual property rights.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit, except for breach of Section 3 or Section 4.

8.2 Subject to Section 8.1, each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer under this Order Form in the nine (9) months preceding the event giving rise to the claim.

### 9. Term and Termination

9.1 This Agreement starts on the signature date of this Order Form and continues until the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

9.3 On termination for the Provider's breach, the Provider shall refund fees paid for the period after termination.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate in a corporate reorganisation.

11.2 Notices must be in writing and sent to the contacts in A1 by courier or email.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E03 = """T:Purchase Agreement for Greenhouse Sensors and Monitoring Software
P:Agreement No. GXGF-PUR-2026-052
P:This Purchase Agreement (the "Agreement") is made on the date of the last signature below between:
P:Guangxi Greenfield Protected Agriculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Nanning, Guangxi Zhuang Autonomous Region (the "Buyer"); and
P:Verapaz AgroSensores, S.A., a company incorporated in the Republic of Guatemala, with its principal office in Cobán, Alta Verapaz, Guatemala (the "Supplier").
P:The Buyer operates 24 glass and film greenhouses growing vegetables and seedlings at its Wuming base. The Supplier manufactures soil and climate sensors and licenses the VerdeWatch monitoring software. This Agreement is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, climate stations, gateways and accessories listed in clause 2.1. "Software" means the VerdeWatch monitoring software, version 5, with its documentation and updates. "Deliverables" means the Equipment, the Software and all services and work product supplied under this Agreement.
P:1.2 The Supplier shall supply, install and commission the Equipment in the Buyer's greenhouses; install the Software on the Buyer's servers at the Wuming base; configure alarms for temperature, humidity, soil moisture, CO2 and light; integrate the Software with the Buyer's farm ERP and irrigation controllers; and train the Buyer's staff.
P:1.3 The Supplier shall supply the Equipment new, of current manufacture, and with the certifications required for import and use in the People's Republic of China, including radio type approval for the gateways.
H:2. Price
P:2.1 The price of the Deliverables is set out in the following table (all amounts in CNY, including VAT, delivery to the Wuming base, customs duties and insurance):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Soil moisture and temperature sensors, three-depth probe|320|1,450|464,000
TB:2|Greenhouse climate stations (temperature, humidity, CO2, light)|24|9,800|235,200
TB:3|LoRaWAN gateways with outdoor enclosures|16|6,300|100,800
TB:4|VerdeWatch monitoring software, perpetual licence, unlimited sensors, 40 users|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,068,000
TB:5|Installation and commissioning|1|126,000|126,000
TB:6|Integration with farm ERP and irrigation controllers|1|58,000|58,000
TB:7|Training of operators and administrators|1|18,000|18,000
TB:|Contract Price|||1,270,000
P:2.2 The Contract Price of CNY 1,270,000 is fixed and covers everything the Supplier needs to perform this Agreement.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 127,000) within 20 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 698,500) within 20 working days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 444,500) within 20 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Wuming base within 75 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 The Supplier shall deliver packing lists, certificates of origin, factory test reports, calibration certificates for every sensor, installation drawings, the Software installation media, and user and administrator manuals in Chinese.
P:4.3 The Supplier shall install the Equipment without damaging crops, films or irrigation pipes, and shall follow the Buyer's biosecurity rules in the greenhouses.
P:4.4 Title to the Equipment passes to the Buyer on delivery. Risk of loss passes to the Buyer on Final Acceptance; until then the Supplier bears the risk of loss of or damage to installed Equipment, except damage caused by the Buyer.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) the quantities and models match clause 2.1; (b) during a 30-day trial run, no more than three of the 320 sensors fail to report readings at the configured interval; (c) sensor readings at 20 sampled points deviate from the Buyer's reference instruments by no more than 3% relative humidity, 0.5 °C and 3% volumetric water content; (d) every configured alarm reaches the Buyer's duty staff by SMS and app notification within one minute in a test; and (e) data exchange with the farm ERP and irrigation controllers reconciles in full for seven consecutive days.
P:5.2 The Buyer shall carry out the tests within 10 working days after the Supplier's written notice of readiness and sign a Final Acceptance certificate or state the failures in writing. Use of the Equipment or Software, or any payment, does not constitute acceptance. The Supplier shall correct failures and repeat the tests at its own cost.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, recalibrate sensors that drift beyond the tolerances in clause 5.1, correct Software defects and supply updates, all free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support covering the services in clause 6.1 and clause 7 at 7.5% of the Hardware and Licence Subtotal per year (CNY 80,100). This fee is fixed for three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 Faults are classified as follows. Priority 1: the Software is down, or alarms are not delivered for a whole greenhouse. Priority 2: a gateway, climate station or more than ten sensors are out of service. Priority 3: any other fault or question.
P:7.2 The Supplier shall respond to a Priority 1 fault within 1 hour and restore service within 8 hours; respond to a Priority 2 fault within 2 hours and repair it on site within 48 hours; and answer a Priority 3 request within 2 working days. The Supplier shall keep spare sensors and one spare gateway at its Nanning service point.
P:7.3 For each hour by which the Supplier exceeds a Priority 1 time, it shall pay the Buyer CNY 800, and for each day by which it exceeds a Priority 2 repair time, CNY 1,500. The Buyer may deduct these amounts from any payment due.
H:8. Intellectual Property
P:8.1 The Software and the Equipment firmware remain the property of the Supplier or its licensors. The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and firmware for its own operations.
P:8.2 The alarm configurations, dashboards, integration programs and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code.
P:8.3 The Supplier shall indemnify the Buyer against any third-party claim that the Deliverables infringe intellectual property rights.
H:9. Data
P:9.1 All data collected by the Equipment and the Software, including crop, climate, irrigation and yield data, belongs to the Buyer. The Supplier shall use it only to perform this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
P:9.2 The Software runs on the Buyer's servers. The Supplier shall access them remotely only through the Buyer's VPN, with named accounts approved for each session, and shall not copy data outside the Buyer's systems. The gateways shall encrypt all data in transit.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data or systems within 24 hours, help contain and remedy it, and compensate the Buyer for the losses it causes.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including crop plans, yields, customer lists and network settings, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after this Agreement ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery or completion of installation beyond the dates in clause 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, or breach of clauses 8.3, 9 and 10, which is unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Deliverables not accepted and take back such Equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by an event beyond its reasonable control, such as typhoon, flood or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:16. General
P:16.1 This Agreement is made in English and Chinese; both versions have equal effect.
P:16.2 Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. RXPP-MSA-2026-003

This Managed IT Services Agreement (the "Agreement") is entered into between:

**Hefei Ruixin Precision Plastics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in the Hefei Economic and Technological Development Area, Anhui Province (the "Customer"); and

**Servicios Digitales del Sur, S. de R.L.**, a company incorporated in the Republic of Honduras, with its principal office in Choluteca, Honduras, acting through its service delivery centre and its field engineers in the People's Republic of China (the "Provider").

## Section 1. Background and Definitions

1.1 The Customer makes injection-moulded parts for household appliances and vehicles at three plants in Hefei and Wuhu, with about 650 computer users. It wishes to outsource the day-to-day operation of its IT environment to the Provider.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the amounts in Schedule 3; "Service Start Date" means the day after Transition Acceptance; "Customer Data" means all data of the Customer or its employees, customers or suppliers that the Provider handles in performing the Services; and "Term" has the meaning given in Section 2.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Start Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties at least 90 days before the end of the Term.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal IT team within 60 days after signature, following the transition plan agreed at the kick-off meeting. Transition includes an inventory of all end-user devices, servers, network devices and applications in scope, the collection of existing procedures, the set-up of the Provider's service desk tools and monitoring, and knowledge transfer.

3.2 Transition Acceptance requires that: (a) the asset inventory is complete and reconciled with the Customer's finance records; (b) all servers and network devices in scope are under monitoring with agreed thresholds; (c) runbooks for the 30 most frequent requests and all critical systems are approved by the Customer; and (d) the service desk has handled live calls for ten working days in parallel with the Customer's team, meeting the Service Levels. The Customer shall sign a Transition Acceptance certificate or give written reasons for refusal within five working days after the Provider's notice.

3.3 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4. Services and Service Levels

4.1 From the Service Start Date the Provider shall perform the Services in Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall report its performance against each Service Level by the fifth working day of each month and shall attend a monthly service review with the Customer's IT manager. Where a Service Level is missed in two consecutive months, the Provider shall submit and carry out an improvement plan.

4.3 Service credits under Schedule 2 are deducted from the next monthly invoice. They are the Customer's financial remedy for missed Service Levels, without prejudice to its right to terminate under Section 12.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total of the Charges for the Term is CNY 2,152,000 (the "Contract Value").

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. The Customer shall pay each undisputed invoice within 30 days after receipt. No advance payment is made.

5.3 The Charges are fixed for the Term and include all travel, tools and licences of the Provider needed to deliver the Services.

## Section 6. Personnel

6.1 The Provider shall assign a named service delivery manager and at least two field engineers based in Hefei. The Provider shall not replace the service delivery manager without giving the Customer 30 days' notice and a suitable successor.

6.2 The Provider's personnel shall comply with the Customer's site rules, including safety rules on the production floor.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination, the Provider shall return to the Customer all Customer Data in its possession.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for the purposes of this Agreement, and not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

8.2 This Section survives for three years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 The Provider's service desk tools and monitoring software remain the Provider's property.

9.2 Runbooks, scripts, configuration records, knowledge articles and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider.

## Section 10. Liability

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the Charges paid by the Customer in the six (6) months preceding the event giving rise to the claim.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the work of any approved subcontractor.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including missing the same critical Service Level in three consecutive months, and does not remedy it within 30 days after written notice.

12.2 The Customer may also terminate for convenience after the first 18 months of the Term by giving 90 days' written notice and paying the Monthly Service Charges up to the termination date.

12.3 On expiry or termination, the Provider shall provide up to 60 days of exit assistance at the Monthly Service Charge rate, prorated, to transfer the Services to the Customer or a new provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final and binding.

## Section 14. General

14.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

14.2 Amendments must be in writing and signed by authorised representatives of both parties.

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, WeChat and portal in Chinese; logging, classification and first-line resolution of incidents and requests | 07:00–23:00, seven days |
| End-user support | On-site and remote support for about 650 desktops, laptops, printers and shop-floor terminals; moves, additions and changes; new-joiner set-up | 08:00–20:00, Monday to Saturday |
| Server and storage operations | Monitoring, patch deployment, backup jobs and restore tests for 46 virtual and 9 physical servers and two storage arrays | 24 hours, seven days |
| Network operations | Monitoring and configuration of switches, Wi-Fi and plant network links at the three plants | 24 hours, seven days |
| Application support | First-line support of the ERP, MES client and email; liaison with the software vendors | 08:00–20:00, Monday to Saturday |
| Asset and licence management | Asset register, licence counts and quarterly reconciliation | Business hours |

## Schedule 2 – Service Levels

| Priority | Definition | Response | Resolution or workaround | Service credit for each miss |
|---|---|---|---|---|
| P1 – Critical | A plant cannot produce, ship or invoice because of an IT failure, or more than 50 users are affected | 15 minutes | 6 hours | 2% of the Monthly Service Charge |
| P2 – High | A critical system or a group of users is degraded, or one production line terminal group is down | 30 minutes | 10 hours | 1% of the Monthly Service Charge |
| P3 – Normal | A single user or non-critical function is affected | 2 hours | 2 working days | CNY 200 |
| P4 – Request | Standard service requests | 1 working day | 3 working days | none |

The service desk shall answer 85% of calls within 30 seconds in each month. Service credits in any month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, invoiced after Transition Acceptance | 64,000 |
| Monthly Service Charge | Monthly in arrears, 36 months × CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,152,000 |

Additional work outside Schedule 1 is charged only under a written change order at CNY 1,600 per engineer day. All Charges include VAT.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SMC-DATA-2026-11

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between Shanghai Meridian Commodities Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Pudong New Area, Shanghai (the "Customer"), and Altiplano Datos Agroclimaticos, S.A., a company incorporated in the Republic of Guatemala with its principal office in Huehuetenango, Guatemala (the "Provider").

The Customer trades green coffee and cocoa sourced from Central America. The Provider collects weather, crop and harvest data from its station network and field surveyors in the coffee regions of Guatemala, Honduras, El Salvador and Nicaragua and delivers it through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the datasets delivered through the API: daily weather observations from more than 400 stations, 15-day weather forecasts, crop condition indices, flowering and cherry development reports, harvest volume forecasts by region, and the historical archive from 2008 onward.

1.2 "API" means the Provider's REST interface, its documentation and the access keys issued to the Customer.

1.3 "Subscription Start Date" means the day after Integration Acceptance under clause 4. The first Subscription Year begins on the Subscription Start Date and ends on the day before its first anniversary; the second Subscription Year begins on that anniversary and ends on the day before the second anniversary.

1.4 "Customer Data" means all data the Customer or its users submit to the API or the web portal, including query logs, the locations of the Customer's supplier farms and warehouses, its portfolio and position lists, user accounts and access keys.

1.5 "Customer Deliverables" means the field mappings, data transformation scripts, alert rules and dashboards that the Provider builds for the Customer under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Provider Data for its internal trading, risk management and sourcing decisions, for up to 25 named users and unlimited API calls from the Customer's own systems.

2.2 The Customer may include Provider Data in internal reports and in summaries shared with its own suppliers and buyers, provided that raw Provider Data is not resold or published.

2.4 The Customer may add named users at CNY 9,600 per user per Subscription Year, prorated to the end of the current Subscription Year.

2.3 The API and the Customer's instance are hosted on a cloud platform in mainland China (Shanghai region). Customer Data is stored and processed only in mainland China.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee: CNY 348,000 for each Subscription Year, CNY 696,000 for both Subscription Years;
(b) Integration Services (one-time): CNY 22,000;
(c) Total Contract Value: CNY 718,000, including VAT.

3.2 The Subscription Fee is invoiced quarterly in arrears, in eight instalments of CNY 87,000, the first at the end of the first quarter after the Subscription Start Date. The Integration Services fee is invoiced after Integration Acceptance.

3.3 Nothing is payable before the Subscription Start Date. The Customer shall pay each correct invoice within 30 days after receipt.

3.4 The fees are fixed for both Subscription Years.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, the Provider shall connect the API to the Customer's trading and risk system, map the Provider Data to the Customer's origin and quality codes, build alert rules for frost, drought and heavy rain in 60 sourcing areas chosen by the Customer, and set up three dashboards.

4.2 Integration Acceptance requires that: (a) all datasets in clause 1.1 are delivered through the API in the agreed formats; (b) daily data for ten consecutive business days arrives in the Customer's system by 08:00 Beijing time and reconciles with the Provider's portal; (c) each alert rule is triggered correctly in a test; and (d) the dashboards show the agreed indicators. The Customer shall sign an Integration Acceptance certificate or list the failures in writing within five business days after the Provider's notice of readiness. Use of the data during integration is not acceptance.

4.3 If Integration Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 20,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three business days in advance.

5.2 Daily datasets shall be published by 06:00 Beijing time. Forecasts shall be refreshed twice a day.

5.3 Incidents are classified as Priority 1 (the API is unavailable, or daily data has not been published by 10:00 Beijing time), Priority 2 (a dataset is incomplete or delayed) and Priority 3 (any other question). The Provider shall respond to Priority 1 incidents within 1 hour, to Priority 2 incidents within 3 hours and to Priority 3 questions within 2 business days, through its support desk in English and Chinese.

5.4 If the Provider misses a service level, it shall use reasonable efforts to restore the API and to deliver any missing data as soon as practicable. No service credits, fee reductions, refunds or other compensation apply to any failure to meet the service levels in this clause 5.

5.5 The Provider shall send a monthly report of availability, publication times and incidents.

5.6 The Provider shall provide a sandbox environment with sample data for the Customer's testing throughout both Subscription Years.

6. DATA QUALITY

6.1 The Provider shall operate its station network and quality control procedures as described in its methodology statement and shall correct any data error it identifies within two business days.

6.2 Forecasts are estimates. The Provider does not warrant that any forecast will prove accurate, and the Customer remains responsible for its trading decisions.

6.3 The Provider shall notify the Customer at least 30 days before discontinuing any dataset or changing the API in a way that is not backward compatible, and shall provide an equivalent replacement dataset or interface at no additional charge.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the services under this Agreement and shall not use it for any other purpose, in identifiable, aggregated or anonymised form, and shall not sell or give it to anyone.

7.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all administrative access, and regular vulnerability scanning, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovering it, take immediate steps to contain it, and compensate the Customer for losses, costs and regulatory penalties caused by the Provider's breach of this clause 7.

7.4 Within 30 days after this Agreement ends, the Provider shall return Customer Data in a standard format at the Customer's request and then delete it and certify the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the Provider Data and the API. The Customer owns its internal reports and analyses that include Provider Data.

8.2 Customer Deliverables belong to the Customer, which may use, modify and license them freely, including to other data providers. The Provider shall deliver them with their source code on Integration Acceptance.

8.3 The Provider shall defend the Customer against any claim that the Provider Data or the API infringe the intellectual property rights of a third party.

9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit, except for liability under clause 7 or clause 8.3.

9.2 The total liability of each party under this Agreement is limited to 150% of the Total Contract Value.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund any fees paid for the period after termination.

11.4 On expiry or termination, the Customer's right to access the API ends, but it may keep and continue to use Provider Data received before that date for its internal purposes.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

13. GENERAL

13.1 This Agreement is the entire agreement between the parties on its subject matter.

13.2 Notices shall be sent in writing to the addresses above, by courier or by email with confirmation of receipt.

13.3 Neither party may assign this Agreement without the written consent of the other party.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

SOURCES = {"h807z01": Z01, "h807z02": Z02, "h807e01": E01, "h807e03": E03}
TARGETS = {"h807z01": ("h807z01_stray_animal_rescue_platform.pdf", "pdf"),
           "h807z02": ("h807z02_pillow_factory_line_control_retrofit.docx", "docx"),
           "h807e01": ("h807e01_coffee_traceability_perpetual_licence.pdf", "pdf"),
           "h807e03": ("h807e03_greenhouse_sensors_monitoring_licence.docx", "docx")}
PLAIN = {"h807z03": ("h807z03_bridge_school_booking_saas.txt", Z03),
         "h807z04": ("h807z04_underground_parking_system_om.txt", Z04),
         "h807z05": ("h807z05_miao_embroidery_tracking_supplier_template.md", Z05),
         "h807e02": ("h807e02_field_service_saas_order_form.md", E02),
         "h807e04": ("h807e04_plastics_managed_it_services.md", E04),
         "h807e05": ("h807e05_coffee_weather_data_api_subscription.txt", E05)}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def terms(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, w, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": w, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra, TCO fee base or None, forum outside mainland China, design rules)
LABELS = {
 "h807z01": ("zh", "software",
             terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                   False, "PRC", G),
             extra(True, True, True, False, 1370000), 760000, False, []),
 "h807z02": ("zh", "hardware",
             terms(None, None, False, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 8.5, False, True,
                   False, "PRC", G),
             extra(False, True, True, False, 915000), 748800, False,
             ["CR-LD-LOW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h807z03": ("zh", "cloud",
             terms(99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                   True, False, "PRC", S),
             extra(True, True, None, False, 424000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
 "h807z04": ("zh", "services",
             terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                   False, False, "PRC", S),
             extra(True, True, None, False, 674000), None, False, ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
 "h807z05": ("zh", "software",
             terms(None, 8, True, "supplier", True, False, True, None, None, 55, False, False, 6, 28, False, True,
                   None, None, G),
             extra(True, False, True, True, 288000), 186000, False,
             ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h807e01": ("en", "software",
             terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                   "Guatemala", G),
             extra(True, True, True, False, 1740000), 1180000, True, ["CR-GOVERNING-LAW"]),
 "h807e02": ("en", "cloud",
             terms(99.95, 0.5, True, "buyer", True, True, True, 450 / 556000 * 100, 9 / 24 * 100, None, True, None,
                   None, None, False, True, True, "PRC", S),
             extra(True, True, None, False, 556000), None, False, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h807e03": ("en", "hardware",
             terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True, False,
                   "PRC", G),
             extra(True, True, True, False, 1270000), 1068000, False, []),
 "h807e04": ("en", "services",
             terms(None, 0.25, True, "buyer", False, True, True, 2000 / 2152000 * 100, 6 / 36 * 100, None, True,
                   None, None, None, False, True, False, "PRC", S),
             extra(True, True, None, False, 2152000), None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "h807e05": ("en", "cloud",
             terms(99.95, 1, False, "buyer", True, True, False, 500 / 718000 * 100, 150, None, True, None, None,
                   None, False, True, False, "PRC", S),
             extra(True, True, None, False, 718000), None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
}
FILES = {k: v[0] for k, v in TARGETS.items()}
FILES.update({k: v[0] for k, v in PLAIN.items()})

# price / payment sums stated in the texts
SUMS = [
 (760000 + 430000 + 118000 + 62000, 1370000), (274000 + 616500 + 479500, 1370000),
 (258000 + 171000 + 43200 + 115800 + 34800 + 126000, 748800), (748800 + 96000 + 58200 + 12000, 915000),
 (3 * 86000, 258000), (18 * 9500, 171000), (6 * 7200, 43200), (3 * 38600, 115800), (6 * 5800, 34800),
 (round(748800 * 0.085), 63648), (35 * 4800, 168000), (88000 + 2 * 168000, 424000), (168000 // 4, 42000),
 (186000 + 274000 + 98000 + 116000, 674000), (674000 // 4, 168500),
 (186000 + 78000 + 24000, 288000), (288000 * 55 // 100, 158400), (288000 * 45 // 100, 129600),
 (186000 * 28 // 100, 52080),
 (1180000 + 420000 + 96000 + 44000, 1740000), (348000 + 783000 + 609000, 1740000), (1180000 * 11 // 100, 129800),
 (180 * 1150, 207000), (20 * 2400, 48000), (2 * 255000 + 46000, 556000), (255000 // 4, 63750), (60 * 450, 27000),
 (320 * 1450, 464000), (24 * 9800, 235200), (16 * 6300, 100800), (464000 + 235200 + 100800 + 268000, 1068000),
 (1068000 + 126000 + 58000 + 18000, 1270000), (127000 + 698500 + 444500, 1270000),
 (int(1068000 * 0.075), 80100), (36 * 58000 + 64000, 2152000), (2 * 348000 + 22000, 718000),
 (696000 // 8, 87000),
]

# thresholds of policy §3 (values a label may not take)
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
NUMCN = "一二三四五六七八九十百千〇零两"
PATTERNS = [
 r"99\.9(?!\d)", r"99\.90", r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
 r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
 r"(?<![a-z-])(thirty|fifteen|forty|hundred)\s*(%|percent|per\s*cent)", r"三成", r"四成", r"十成",
 r"(?<![\d.,])4(\.0+)?\s*(个)?\s*(小时|hours?|hrs?\b|h\b)", r"(?<![" + NUMCN + r"])四个?小时", r"(?<![a-z-])four\s*-?\s*hours?",
 r"(?<![\d.,])12\s*-?\s*(个)?\s*(月|months?)", r"十二个?月", r"(?<![a-z-])twelve\s*-?\s*months?", r"(?<![第每" + NUMCN + r"])一年(?!度)",
 r"(?<![a-z-])one\s*-?\s*years?\b", r"(?<![\d.,])1\s*-?\s*(年|years?\b)", r"(?<![\d.,])5\s*-?\s*(年|years?)",
 r"(?<![" + NUMCN + r"])五年", r"(?<![a-z-])five\s*-?\s*years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4 h", "四小时", "四个小时", "0.05%", "0.05 %", "万分之五",
            "30%", "30 %", "百分之三十", "15%", "15 percent", "40%", "100%", "100 %", "百分之百", "12个月", "12 months",
            "12-month", "十二个月", "twelve months", "一年", "one year", "5年", "five years", "5 years", "four hours",
            "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14小时", "二十四小时", "0.055%", "万分之五十", "130%", "0.30%",
             "115%", "140%", "2025年", "2026年", "18个月", "120 months", "1.5 hours", "45%", "3%", "150%", "一个服务年度",
             "每年一次", "twenty-four hours", "24 months", "36 months", "千分之一", "8.5%", "0.5%", "14 days",
             "第一年度", "Subscription Year"]


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def tco_share(t, value, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(t, e, base, forum_outside):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, e["contract_value"], base)
        if share is not None and share > 40:
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
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    for a, b in SUMS:
        assert a == b, (a, b)
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), s
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), s
    covered = set()
    for key in sorted(LABELS, key=lambda k: (k[4], k)):
        lang, cat, t, e, base, outside, design = LABELS[key]
        name = FILES[key]
        rules = derive(t, e, base, outside)
        assert rules == sorted(design), (key, rules, design)
        covered.update(rules)
        for k, th in THRESH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(t, e["contract_value"], base)
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": e,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%-58s %-5s %s %s tco=%s risk=%s" % (name, n, "zh" if lang == "zh" else "en", rules,
                                                     None if share is None else round(share, 2), risk(rules)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    z05 = derive(*[LABELS["h807z05"][i] for i in (2, 3, 4, 5)])
    assert 8 <= len(z05) <= 10
    assert LABELS["h807e01"][6] == ["CR-GOVERNING-LAW"]
    print("all checks passed")


if __name__ == "__main__":
    main()
