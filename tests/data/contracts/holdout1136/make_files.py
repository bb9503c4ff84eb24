"""holdout1136: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold value, rules derived from labels = design list, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py  (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:市民政局地名普查成果管理平台采购合同
P:采购项目编号：MZ-ZC-2027-0418　　合同编号：MZJ-HT-2027-031
P:甲方（采购人）：某市民政局　　乙方（供应商）：某地理信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及其澄清均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供地名普查成果管理平台软件许可（永久许可，不限用户数），并完成以下定制开发：地名标准化审核流程、门楼牌编码与管理模块、移动端外业采集应用、与省级地名信息库及本市政务数据共享平台的接口。
P:1.2 乙方负责将第二次全国地名普查成果数据及历年地名档案迁移至新平台，并完成部署、配置、联调、试运行、培训及质保期内的技术支持。
P:1.3 部署地点为甲方指定的政务云资源，由甲方提供计算、存储及网络资源，乙方不得将平台或数据部署至其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），为固定总价，包含全部软件、开发、迁移、实施、培训、税费及质保期内服务费用，具体构成如下：
P:平台软件许可费 ¥680,000；定制开发费 ¥426,000；数据迁移费 ¥88,000；实施及培训费 ¥56,000；合计 ¥1,250,000。
P:2.2 除本合同另有约定外，甲方无需另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起90日内完成部署、迁移并提交初步验收申请，于初步验收后60日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，经甲方书面确认后执行。
P:4.3 乙方应组建不少于8人的项目组，项目经理须具备同类项目经验，并在实施期间常驻甲方现场。未经甲方同意，乙方不得更换项目经理及核心技术人员；确需更换的，应提前10日书面申请，替换人员的资历不得低于原人员。
P:4.4 乙方应为甲方及各区县民政部门业务人员提供不少于3期的操作培训和1期系统管理员培训，并提供培训教材及操作视频。
P:4.5 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能逐项测试通过；（2）迁移数据与源数据逐条比对一致，地名标准名称、罗马字母拼写、坐标及门楼牌信息无遗漏、无错误；（3）与省级地名信息库接口连续10个工作日数据交换无差错；（4）并发200用户时常用查询响应时间不超过2秒。
P:5.2 最终验收标准：试运行满60日，期间无一级故障；第三方机构出具的安全测评报告无高危问题；用户手册、源代码、接口文档及运维手册等资料齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、技术支持和现场服务。
P:6.2 质保期内平台月可用率不低于99.95%（计划内维护除外，计划内维护应提前3个工作日告知甲方）。
P:6.3 故障分级及响应：一级故障（平台无法访问或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:6.4 乙方未按6.3条时限响应或恢复的，每超过1小时向甲方支付人民币800元；月可用率每低于约定值0.01个百分点，扣减人民币1,000元，上述款项可从应付款或履约保证金中扣除。
P:6.5 质保期满后，如甲方需要继续由乙方提供维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥54,400/年），该费率在质保期满后三个年度内保持不变，双方另行签订维护合同，该合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件产品的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、移动端应用及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发，乙方应在最终验收时交付全部源代码。
P:7.3 乙方保证所提供的软件不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的地名普查数据、门楼牌数据、档案及日志等全部数据归甲方所有，乙方仅为履行本合同之目的处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，实施访问控制、操作审计和数据加密，远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、技术资料和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包或分包本合同项下的任何工作。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过30日仍未交付；（2）验收两次不合格；（3）违反第八条或第九条约定；（4）其他严重违约且在甲方书面催告后15日内未纠正。
P:12.2 合同解除后，乙方应返还甲方全部数据，并按甲方要求删除其持有的副本。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 合同附件包括：附件一 功能需求及技术参数清单；附件二 数据迁移方案；附件三 验收测试大纲；附件四 乙方投标报价明细。附件与正文不一致的，以正文为准。
P:14.3 双方的通知应以书面形式送达本合同首页所列地址或指定联系人，变更地址的一方应及时书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：________　　乙方（盖章）：________
P:签订日期：2027年3月　日
"""

SRC["z02"] = """T:绕线生产线控制系统改造合同
P:合同编号：RX-GZ-2027-006
P:甲方：某电动工具绕线机械有限公司　　乙方：某工业自动化系统有限公司
P:甲方拟对其一车间、二车间共12条电机定子绕线生产线的控制系统进行升级改造。经比选，甲方确定由乙方承担本项目。双方依据《中华人民共和国民法典》，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装PLC控制系统、伺服驱动及电机、触摸屏、张力控制器，并提供产线监控软件许可（永久许可，覆盖12条产线）。
P:1.2 乙方负责编写绕线工艺程序（含48种线圈规格的工艺参数配方）、开发产线监控软件与甲方现有MES系统之间的数据接口，完成安装、调试、试生产和操作培训。
P:1.3 改造须分批进行，每批停线不超过6条，以保证甲方正常生产。具体排期以双方确认的施工计划为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰肆拾伍万元整（¥1,450,000），含设备、软件、安装、调试、培训、运输、保险及税费，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统及扩展模块|12套|38,000|456,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|触摸屏（HMI）|12台|4,200|50,400
TB:4|张力控制器|48套|2,800|134,400
TB:5|产线监控软件许可|1套|168,000|168,000
TB:|软硬件小计|||1,120,800
TB:6|改造安装及调试|1项|186,000|186,000
TB:7|绕线工艺程序及MES接口开发|1项|124,000|124,000
TB:8|操作及维护培训|1项|19,200|19,200
TB:|合计|||1,450,000
H:第三条 付款
P:3.1 合同生效且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成12条产线的安装调试后，甲方支付合同总价的55%。到货及安装调试不视为验收。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后45日内完成全部设备到货，在合同生效后120日内完成全部产线的改造并提交最终验收申请。
P:4.2 每批产线停线改造时间不得超过10日，因乙方原因超出的，按第十条承担违约责任。
P:4.3 乙方进场施工人员应遵守甲方安全生产、消防和厂区管理制度，电气作业人员须持证上岗。施工期间发生的人身伤害及财产损失，由责任方承担。
P:4.4 甲方负责提供施工所需的电源、场地及原有设备图纸，并指定专人配合停线、送电和试生产安排。
P:4.5 乙方应在每批产线改造前5日提交施工方案和应急回退方案，改造失败时应在24小时内恢复原控制系统运行。
H:第五条 验收
P:5.1 验收标准：（1）设备型号、数量与报价明细一致，随机资料齐全；（2）每条产线连续试生产72小时，绕线匝数误差为零，排线不良率不高于0.3%；（3）张力波动控制在设定值的±3%以内；（4）产线监控软件能实时采集设备状态、产量和报警信息，向MES上传数据的延迟不超过5秒，连续10日核对数据无差错。
P:5.2 全部产线满足上述标准后，双方签署最终验收报告。设备投入生产使用不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费更换故障部件，免费提供程序修改和软件升级。
P:6.2 故障响应：一级故障（整条产线停机）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单台设备异常但产线可运行）2小时内响应，24小时内到达现场。
P:6.3 乙方未在上述时限内响应或到场的，每超时1小时向甲方支付人民币500元。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%，即人民币78,456元/年。该费用在质保期满后三个年度内固定不变，双方每年签订维保协议。维保内容包括每季度一次巡检、备件更换（不含人为损坏）、程序优化及远程支持。
P:6.5 乙方应在甲方所在地储备常用备件，保证备件供应期不少于八年。
P:6.6 乙方应为甲方电工、设备员及工艺员提供操作和维护培训，培训合计不少于6天，培训结束后甲方人员应能独立完成参数调整、配方切换和常见故障处理。
P:6.7 乙方应在最终验收时提交电气原理图、接线图、PLC程序备份、参数表、设备说明书和维护手册各三套及电子版。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归乙方所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的绕线工艺程序、工艺参数配方、MES接口程序及源代码归甲方所有，甲方可自行修改或委托他人修改使用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、产量及质量数据均归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方批准，并通过甲方提供的VPN及堡垒机进行，操作全程留痕。乙方不得在控制系统中植入与本项目无关的程序或远程通道。
P:8.3 因乙方原因造成数据泄露、丢失或控制系统被非法入侵的，乙方应在2小时内通知甲方、配合处置，并赔偿甲方全部损失。
P:8.4 乙方交付的PLC程序和监控软件不得含有限时锁机、远程停机或其他限制甲方使用的代码；乙方应在验收前提交控制系统安全加固说明，关闭不必要的端口和服务，并对默认口令全部修改。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、产品设计、生产计划等技术和经营信息负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。停线改造超期的，每超期一日另按每条产线人民币2,000元赔偿停产损失。
P:10.2 乙方对本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将现场拆除、布线及控制柜安装工作分包给具有相应资质的第三方，但应提前5个工作日书面通知甲方，并对分包方的工作承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过30日，或改造后的产线经两次验收仍不合格的，甲方有权解除合同，乙方应自费拆除其设备、恢复原控制系统，并退还甲方已付款项。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方可协商延期履行或解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
P:14.2 本合同附件包括：附件一 设备技术参数表；附件二 施工计划及停线排期；附件三 验收测试记录表。附件为本合同不可分割的组成部分，与正文具有同等效力。
P:14.3 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：________　　乙方（盖章）：________
"""

SRC["z03"] = """门店预约及会员管理系统（SaaS）服务合同

合同编号：XF-IT-2027-012
甲方：某调香文化培训连锁有限公司（以下简称"甲方"）
乙方：某云科技有限公司（以下简称"乙方"）

甲方在全国经营35家调香体验与培训门店，拟采用乙方的门店预约及会员管理系统SaaS服务。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店提供门店预约及会员管理系统SaaS服务，包括课程排期与在线预约、学员会员档案、储值卡与次卡、积分与优惠券、课程评价、门店业绩报表及总部管理后台。
2. 乙方为甲方配置品牌微信小程序，学员可通过小程序预约调香体验课、香水定制课和进阶培训课程。
3. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）实施服务
1. 乙方负责将甲方现有会员数据（约6.2万名学员）、储值余额、课程记录从原有系统迁移至本系统，并逐项核对。
2. 乙方负责系统参数配置、门店及课程基础数据初始化、小程序页面设计与上线，以及与甲方收银系统的对接。
3. 乙方为门店店长、前台及总部运营人员提供培训，每家门店至少培训2人。
（三）运营支持
1. 服务期内乙方提供7×24小时在线客服及热线支持，并指定一名客户成功经理负责甲方账户。
2. 乙方每季度向甲方提交一次服务报告，内容包括系统可用率、故障处理情况、功能使用情况及优化建议。
3. 乙方对系统进行版本升级的，应提前7日通知甲方，升级不得减少本合同约定的功能，也不得另行收费。

二、合同金额
（一）本合同总金额为人民币伍拾肆万叁仟元整（¥543,000），其中：
1. 年度订阅服务费：35家门店×6,800元/店/服务年度＝238,000元/服务年度，两个服务年度合计476,000元；
2. 一次性实施费：58,000元；
3. 培训费：9,000元。
（二）服务期内甲方新增门店的，按每店每服务年度6,800元按剩余月数折算增加服务费，新增门店的实施工作由乙方免费完成。
（三）上述金额为含税价，已包含服务期内的系统使用、存储、短信通知（每服务年度不超过20万条）及版本升级费用。

三、付款方式
（一）实施费及培训费，在上线验收合格后10个工作日内一次性支付。
（二）第一个服务年度订阅费，在该服务年度开始后10个工作日内支付；第二个服务年度订阅费，在第二个服务年度开始后10个工作日内支付。
（三）乙方收款前应开具增值税专用发票。甲方在上线验收前无需支付任何款项。

四、实施进度与上线验收
（一）乙方应在合同签订之日起45日内完成数据迁移、配置和小程序上线，并提交上线验收申请。
（二）上线验收标准：
1. 会员数量、储值余额、剩余课次与原系统逐条核对一致，差异为零；
2. 需求确认书所列功能全部测试通过；
3. 35家门店均能完成预约、签到、核销、储值消费全流程；
4. 高峰时段（500名用户同时在线）预约操作响应时间不超过2秒；
5. 试运行14日内无一级故障。
（三）甲方在收到验收申请后7个工作日内组织验收，验收合格后双方签署上线验收单。系统试运行或甲方门店使用不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新提交验收申请；因整改导致上线延期的，按第九条承担逾期责任。
（五）乙方应在上线前完成数据迁移演练至少两次，并保留原系统数据备份，直至甲方书面确认迁移结果无误。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在每日凌晨1:00至6:00之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体不可用，或预约、收银核销功能中断）：乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常，不影响门店营业）：2小时内响应，1个工作日内解决；
3. 三级故障（咨询及一般问题）：1个工作日内答复。
（三）月可用率低于约定值的，每低0.1个百分点，乙方按当月订阅服务费的5%给予服务费抵扣，当月抵扣额最高为当月订阅服务费的50%；一级故障响应超时的，每次抵扣人民币1,000元。

六、数据权属与数据安全
（一）甲方的学员信息、会员储值及消费记录、课程预约记录等业务数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行去标识化处理后，将汇总统计数据用于乙方产品改进、行业分析报告及向其他客户提供的经营对标服务，该使用权在本合同终止后继续有效。
（三）乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、权限分级和操作日志审计措施，每日备份，备份保留不少于30日。
（四）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施并协助甲方履行告知义务；因乙方原因造成的，由乙方承担赔偿责任。
（五）服务终止后30日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除。

七、知识产权
（一）SaaS系统软件及其平台的知识产权归乙方所有。
（二）为甲方设计的小程序页面、品牌素材、课程体系配置方案及甲方专用报表的知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。乙方应要求其接触甲方信息的员工签署保密承诺，员工违反保密义务的，视为乙方违约。

九、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，按合同总金额的千分之一支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务转包或分包给第三方。经甲方同意分包的，乙方仍应就分包部分向甲方承担全部责任，并确保分包方遵守本合同第六条、第八条的约定。

十一、续期
服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，并可依此类推。续期时乙方有权根据其当期价格政策调整订阅服务费单价，调整后的价格以乙方书面通知为准。

十二、合同解除
（一）乙方严重违约，或月可用率连续两个月低于约定值的，甲方有权书面通知解除合同，乙方应退还未使用服务期对应的服务费。
（二）任何一方严重违约且在对方书面催告后15日内未改正的，守约方有权解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同附件：附件一 功能需求确认书；附件二 数据迁移方案；附件三 门店清单。附件为本合同的组成部分。
（二）服务期内甲方门店关闭的，甲方可书面通知乙方减少相应门店的订阅，减少部分的服务费自下一个服务年度起不再计收。
（三）双方指定的联系人及联系方式见附件三，任何一方变更的，应提前书面通知对方。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

SRC["z04"] = """博物馆环境监测系统年度运维服务合同

项目名称：市博物馆馆藏文物环境监测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：WLJ-YW-2027-009

甲方：某市文化广电和旅游局
乙方：某环境科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务对象
市博物馆馆藏文物环境监测系统，包括：展厅及库房温湿度传感器236个、展柜微环境监测终端118个、光照及紫外监测终端42个、有害气体（二氧化硫、甲醛、VOC）监测终端26个、无线网关19台、监测平台软件1套及配套服务器。设备清单详见附件一。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期开始前，乙方应与上一服务单位完成交接，清点设备并记录系统现状。

第三条 服务内容
1. 日常监测：乙方通过监测平台对全部监测点进行远程值守，工作日每日两次、节假日每日一次检查数据上传情况及告警信息，发现异常及时处置并记录。
2. 定期巡检：乙方每月对展厅、库房及展柜监测终端进行一次现场巡检，检查设备外观、电池、通信及安装状态，并形成巡检记录。
3. 校准服务：乙方每半年对温湿度传感器进行一次比对校准，对超差设备予以调校或更换；每个服务期内委托具备资质的计量机构对标准器进行一次检定。
4. 故障维修：乙方负责全部监测设备、网关及平台软件的故障排查和维修，维修期间应提供备用设备，确保监测不中断。
5. 软件维护：乙方负责监测平台的缺陷修复、安全补丁、数据库维护及月度数据备份，并根据甲方需要调整告警阈值和报表格式。
6. 报告服务：乙方每月提交环境监测月报和运维月报，每季度提交文物保存环境分析报告，服务期末提交年度运维总结。
7. 配合服务：在文物展览布展、撤展及文物出入库期间，乙方应按甲方通知派员现场配合监测点的调整。
8. 设备更换：服务期内，单价在2,000元以下的传感器、电池、天线及通信模块等损坏或超差的，由乙方免费更换；单价2,000元以上的设备需更换的，乙方应提出方案，经甲方确认后另行采购。
9. 新增监测点接入：临时展览新增监测点的，乙方负责免费接入平台并完成配置，每个服务期内新增点位不超过40个。

第四条 服务要求
1. 乙方应组建不少于5人的运维团队，其中驻场工程师2名，工作日8:30至17:30在博物馆现场值守。
2. 故障分级及响应：
（1）一级故障（监测平台停止运行、库房或珍贵文物展柜监测中断、告警功能失效）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复或采取替代监测措施；
（2）二级故障（单个展厅或部分监测点数据中断）：1小时内响应，当日内修复；
（3）三级故障（单个终端异常、报表或界面问题）：2个工作日内修复。
3. 乙方应储备不少于各类设备总数5%的备品备件。
4. 乙方人员进入展厅、库房须遵守博物馆安全管理制度，进入库房须经甲方书面批准并由甲方人员陪同。
5. 乙方应在服务期开始后15日内提交运维服务方案和应急预案，经甲方确认后执行。遇温湿度严重超限、库房漏水等突发情况，乙方应立即通知甲方值班人员，并协助甲方采取应急措施。
6. 乙方更换驻场工程师的，应提前7日征得甲方同意，新人员须经岗前培训并熟悉文物保护相关规范。

第五条 合同价款及支付
1. 本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人工、备品备件、校准检定、差旅、税费等全部费用。
2. 服务费按季度支付，每季度人民币96,500元。每季度结束后，甲方根据季度考核结果在15个工作日内支付当季服务费。
3. 季度考核扣款从当季服务费中扣除。
4. 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金，年度验收合格后无息退还。
5. 乙方每次收款前应向甲方开具合法有效的发票，甲方按财政资金支付程序办理付款。

第六条 考核与验收
1. 甲方每季度按附件二《运维服务考核表》对乙方进行考核，考核内容包括巡检完成情况、故障响应及修复时限、校准完成情况、报告质量和驻场人员到岗情况。
2. 故障响应或修复超过第四条规定时限的，每超时1小时扣款人民币500元；每缺少一次月度巡检扣款人民币2,000元；驻场人员每缺勤一人日扣款人民币600元。
3. 服务期末，甲方组织年度验收，验收标准为：全年各季度考核得分均不低于85分；全部传感器校准记录及检定证书齐全；系统运行日志、巡检记录、月报及年度总结完整。年度验收合格后双方签署验收报告。

第七条 违约责任
1. 乙方未按约定时间完成半年度校准、月度巡检或甲方书面通知的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 因乙方运维不当导致监测数据缺失或设备损坏的，乙方应负责修复或更换，并赔偿甲方因此遭受的损失。
3. 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第八条 数据安全
1. 监测平台采集的全部环境数据、文物库房位置信息、告警记录及系统日志归甲方所有，乙方仅为履行本合同使用。
2. 乙方远程访问监测平台须经甲方批准并通过甲方指定的VPN和堡垒机进行，账号专人专用，操作日志保存不少于180日。
3. 乙方应对平台服务器及时安装安全补丁，每月进行一次漏洞扫描，每月对监测数据进行异地备份。
4. 发生数据丢失、篡改或系统被入侵等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。

第九条 知识产权
乙方在运维过程中编写的巡检记录、分析报告、配置脚本及告警规则归甲方所有，甲方可自由使用和修改，也可在后续运维或系统升级中交由其他单位使用。监测平台软件原有的著作权仍归原权利人所有，不因本合同而转移。

第十条 分包
乙方不得将本合同项下的服务转包或分包。计量检定由乙方委托具备资质的计量机构完成，不视为分包，但乙方应对检定结果负责。

第十一条 不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或调整服务内容。

第十二条 合同终止
本合同于服务期届满且双方结清费用后终止。如甲方通过新的采购程序选定其他服务单位，乙方应在服务期届满前15日内配合新服务单位完成现场交接和平台账号移交，交接期间不得中断监测服务。服务期届满前乙方应完成运维交接，向甲方移交全部运维资料、账号及备品备件清单。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
1. 附件：附件一 设备清单；附件二 运维服务考核表；附件三 应急预案。附件与正文具有同等效力。
2. 甲方应为乙方驻场人员提供必要的办公场所和网络条件，指定专人负责运维工作的日常联络和考核，并及时告知乙方展览调整、文物出入库及施工计划。
3. 本合同未尽事宜，双方可另行签订补充协议。
4. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月  日
"""

SRC["z05"] = """# 匠链工艺追溯系统软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：JL-2027-0316

甲方（采购方）：某棕编工艺品工坊有限公司

乙方（供应方）：某匠链软件技术有限公司

甲方因棕编工艺品生产过程管理需要，向乙方采购"匠链工艺追溯系统"软件许可及定制开发服务。双方根据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工艺追溯系统V5软件许可一套（永久许可，含原料入库、工序派工、计件工资、成品赋码、质量追溯、订单跟踪六个标准模块，授权用户数80个）。

1.2 乙方根据甲方需求进行以下定制开发：棕丝原料分级与批次管理、手工编织工序的匠人扫码报工、非遗工艺品"一物一码"溯源展示页面、与甲方网店订单系统的对接。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统部署在甲方自有服务器上，运行环境要求见附件《系统配置说明》。甲方应保证运行环境符合要求，因运行环境不符合要求导致的系统问题不属于乙方责任。

1.5 软件许可仅限甲方在其工坊及直营门店内部使用，甲方不得转让、出租或以其他方式向第三方提供。

## 第二条 合同价款

2.1 合同总价为人民币陆拾万零陆仟元整（¥606,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯系统V5软件许可 | 420,000 |
| 2 | 定制开发（原料分级、扫码报工、溯源页面、网店对接） | 150,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 606,000 |

2.2 上述价格不含甲方所需的服务器、扫码终端、标签打印机等硬件，由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即人民币393,900元。乙方收到该款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即人民币212,100元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后75个工作日内完成系统部署及定制开发，并通知甲方上线。

4.2 甲方应在乙方通知后配合完成上线准备，包括提供服务器、网络环境及基础数据。因甲方原因导致上线延误的，交付期限相应顺延。

4.3 乙方为甲方管理人员、车间组长及质检人员提供集中培训2次，每次不超过1天，培训地点在甲方工坊。超出部分按每人天2,500元另行计费。

4.4 甲方应在合同签订后10日内书面确认定制需求。需求确认后甲方提出变更的，乙方有权另行报价并相应调整交付期限。

4.5 乙方交付的文档包括安装手册、用户操作手册和标签模板，不包括源代码和数据库设计文档。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的意见，乙方将在后续版本中酌情优化。

5.3 系统上线后，甲方可在使用过程中向乙方客服热线反映问题，乙方记录后统一安排处理，处理结果以乙方书面答复为准。

## 第六条 免费维护期及后续维护

6.1 乙方提供六个月的免费维护期，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 免费维护期内发生一级故障（系统无法登录或报工、赋码功能全部中断）的，乙方在24小时内响应；其他问题在3个工作日内答复。

6.3 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应按软件许可费的25%每年向乙方支付维护费，即人民币105,000元/年，双方每年签订维护协议。

6.4 未签订维护协议的，乙方不再提供任何技术支持，由此造成的系统问题由甲方自行承担。

6.5 以下情形不属于免费维护范围：甲方自行修改配置或数据库导致的问题；服务器、网络、扫码终端等硬件故障；甲方新增功能需求；因操作系统或第三方软件升级引起的兼容性调整。上述服务乙方可按每人天2,500元收费。

6.6 乙方提供现场服务的，甲方应承担乙方人员的差旅及食宿费用。

## 第七条 知识产权

7.1 匠链工艺追溯系统及其全部模块的著作权归乙方所有。

7.2 乙方为甲方定制开发的原料分级、扫码报工、溯源页面及接口程序，其知识产权（包括源代码）均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译，也不得许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的原料、生产、匠人、订单及溯源数据归甲方所有，乙方不得将上述数据用于本合同以外的目的。

8.2 乙方在实施和维护过程中接触甲方数据的，应遵守《数据安全法》《个人信息保护法》的规定，采取访问控制和操作记录措施，未经甲方同意不得导出或留存数据。

8.3 因乙方原因导致甲方数据泄露、丢失的，乙方应在发现后24小时内通知甲方、采取补救措施，并赔偿甲方由此遭受的直接损失。

8.4 甲方应自行做好数据备份。乙方远程维护时应使用甲方分配的专用账号，维护结束后由甲方关闭远程通道。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息和商业信息承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方未按第四条约定期限通知上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方违反第七条约定使用软件的，应赔偿乙方损失，乙方有权终止软件许可。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用软件并删除全部安装副本，乙方应协助甲方导出其业务数据。

## 第十二条 不可抗力

12.1 因地震、洪水、疫情、政府行为等不可抗力导致合同不能按期履行的，受影响方不承担违约责任，但应在不可抗力发生后10日内书面通知对方并提供证明。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同为乙方标准文本，双方如有补充约定，以书面补充协议为准。

14.3 本合同附件包括：附件一《定制开发需求说明》；附件二《系统配置说明》；附件三《维护协议（范本）》。附件内容与本合同正文不一致的，以本合同正文为准。

14.4 双方往来通知以书面形式发送至本合同首页载明的地址或双方确认的电子邮箱，发出后第三日视为送达。

14.5 本合同自双方签字盖章之日起生效，至甲方付清全部合同价款且免费维护期届满之日终止，但第七条、第九条的约定在合同终止后继续有效。

甲方（盖章）：__________　　　乙方（盖章）：__________

签订日期：____年__月__日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. DMS-CN-2027-014
P:This Agreement is made between Ningbo Hengtai Precision Valve Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Ningbo, Zhejiang ("Customer"), and Dyffryn Metrology Software Ltd, a company registered in England and Wales with its registered office at Neath, Neath Port Talbot, Wales ("Vendor").
P:Background: Customer manufactures industrial valves and wishes to replace its spreadsheet-based calibration and inspection records with Vendor's CaliTrack quality management software, configured for its two plants. Vendor has agreed to grant a perpetual licence and to perform the implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means CaliTrack Enterprise version 9, including the gauge management, calibration scheduling, inspection plan, non-conformance and supplier quality modules, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the inspection report templates, the interfaces to Customer's ERP and coordinate measuring machines, the data migration scripts and any other work product created by Vendor specifically for Customer under this Agreement.
P:1.3 "Go-Live" means the first use of the Software in production at both plants after successful completion of the user acceptance tests.
P:1.4 "Final Acceptance" means Customer's signature of the final acceptance certificate under Article 5.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software in relation to Customer's business, including measurement results, gauge records and supplier data.
H:Article 2 Licence and Services
P:2.1 Vendor grants Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on Customer's own servers in China for Customer's internal business purposes, for up to 150 named users and unlimited read-only users.
P:2.2 Vendor shall perform the following services: installation and configuration of the Software, development of the Custom Deliverables, migration of approximately 18,000 gauge records and six years of calibration history, user acceptance testing support, training of key users and administrators, and on-site support during the first two weeks after Go-Live.
P:2.3 Vendor shall assign a named project manager who speaks Mandarin and shall not replace that person without Customer's prior consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,720,000, fixed, inclusive of all taxes, travel and expenses, made up as follows: Perpetual Licence Fee CNY 1,180,000; implementation and Custom Deliverables CNY 420,000; data migration CNY 84,000; training CNY 36,000.
P:3.2 No other amount is payable under this Agreement unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of a valid invoice and an advance payment guarantee issued by a bank acceptable to Customer.
P:4.2 Customer shall pay 45% of the Contract Price within 30 days after Go-Live. Go-Live is not acceptance of the Software or of any deliverable.
P:4.3 Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall achieve Go-Live within 110 days after signature of this Agreement and shall request Final Acceptance no later than 60 days after Go-Live.
P:5.2 Final Acceptance shall be granted when all of the following criteria are met: (a) every function listed in the functional specification has passed its test case; (b) migrated gauge records and calibration history reconcile record by record with the source files, with no unresolved differences; (c) the ERP and measuring-machine interfaces have run for 20 consecutive working days without data loss; (d) typical screens open in less than 3 seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect has occurred in the 30 days before the request.
P:5.3 Customer shall test and either sign the acceptance certificate or give written reasons for refusal within 10 working days after Vendor's request. Vendor shall correct the deficiencies and request acceptance again. Use of the Software in production shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for a warranty period of 18 months from Final Acceptance. During the warranty period Vendor shall provide support, defect correction and all updates free of charge.
P:6.2 Vendor shall respond to a Severity 1 incident (the Software is unavailable or calibration records cannot be saved at either plant) within 1 hour, at any time, and shall provide a workaround within 8 hours. Severity 2 incidents shall receive a response within 2 hours during business hours and a fix within 3 business days.
P:6.3 If Vendor misses a response or workaround time in Article 6.2, Vendor shall credit Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the warranty period, Customer may order annual support from Vendor. The annual support fee shall be 10% of the Perpetual Licence Fee, that is CNY 118,000 per year, and shall not increase for the first three years after the warranty period ends. Support is ordered year by year and does not renew automatically.
P:6.5 Vendor shall keep the Software compatible with the supported versions of Customer's operating system and database during the warranty period and any support year.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables shall vest in Customer on creation. Vendor shall deliver their source code and documentation at Final Acceptance, and Customer may use, modify and license them freely, including through third parties.
P:7.3 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor may process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through the remote access channel approved by Customer, using named accounts and multi-factor authentication, and all sessions shall be logged. No Customer Data shall be transferred outside the People's Republic of China.
P:8.3 Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in performing this Agreement, and shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in its investigation and remediation, and be liable for the resulting losses caused by its breach.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only to perform this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for three years after termination.
H:Article 10 Delay Damages
P:10.1 If Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The payment of liquidated damages does not relieve Vendor of its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability arising out of or in connection with this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
P:11.2 Neither party shall be liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting and Assignment
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the acts and omissions of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature by both parties. The licence in Article 2.1 survives any termination after Final Acceptance.
P:13.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 30 days after receiving notice, or if the liquidated damages under Article 10.1 reach their maximum. On such termination Vendor shall refund the amounts paid for work not accepted.
P:13.3 Vendor may terminate this Agreement by written notice if Customer fails to pay an undisputed amount within 60 days after a written reminder.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute arising out of it shall be governed by the laws of England and Wales.
P:14.2 The courts of England and Wales shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing in English or Chinese and sent to the addresses stated above.
P:Signed for Customer: ____________________    Signed for Vendor: ____________________
"""

SRC["e02"] = """# Order Form — Tywi Field Service Cloud

Order Form No. TFS-OF-2027-0221, issued under and incorporating the General Terms in Part B.

**Vendor:** Tywi Field Systems Ltd, a company registered in England and Wales, registered office at Ammanford, Carmarthenshire, Wales.

**Customer:** Suzhou Lanfeng HVAC Engineering Service Co., Ltd., registered in Suzhou, Jiangsu, People's Republic of China.

## Part A — Order Form

### A1 Service

Tywi Field Service Cloud, Enterprise edition: work order management, technician scheduling and dispatch, mobile app for technicians (Android and iOS), spare parts tracking, customer e-signature on completion, service contract management and reporting dashboards. The Service is hosted for Customer on Alibaba Cloud in the Shanghai region.

### A2 Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4; the second starts on the first anniversary of that date.

### A3 Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Technician User subscription, Subscription Year 1 | 420 users | 620 per user per year | 260,400 |
| Technician User subscription, Subscription Year 2 | 420 users | 620 per user per year | 260,400 |
| Onboarding (configuration, data import, ERP interface, training) | 1 | 48,200 | 48,200 |
| Total Fees for the Subscription Term | | | 569,000 |

Office users for dispatchers and managers (up to 60) are included without charge. Additional Technician Users may be added during a Subscription Year at the same unit price, pro rata to the end of that Subscription Year.

### A4 Onboarding

Vendor shall configure the Service, import Customer's 3,800 service contracts, 26,000 equipment records and open work orders, build the interface to Customer's Kingdee ERP for spare parts and invoicing, and train 24 dispatchers and 40 lead technicians. Vendor shall make the Service ready for Onboarding Acceptance within 50 days after signature of this Order Form.

Onboarding Acceptance criteria: (a) imported records reconcile with Customer's source files with no unexplained differences; (b) every function in the agreed scenario list passes its test in Customer's test run; (c) the ERP interface transfers parts issues and completed work orders for 10 consecutive working days without error; (d) the mobile app works offline and synchronises within 60 seconds after reconnection. Customer shall accept or give written reasons for rejection within 7 working days after Vendor's notice of readiness. Use of the Service by Customer before that time is not acceptance.

### A5 Invoicing and Payment

The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days after invoice. The Onboarding fee is invoiced after Onboarding Acceptance and payable within 30 days after invoice. No amount is payable before Onboarding Acceptance.

### A6 Contacts and Signature

Customer contact: Head of Service Operations. Vendor contact: Account Director, China. This Order Form is signed by authorised representatives of both parties and takes effect on the date of the later signature.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the hosted software service described in A1, including updates Vendor makes generally available. "Customer Data" means all data submitted to or generated in the Service by or for Customer, including customer names, addresses, equipment records, work orders, photographs and signatures. "Configurations" means the workflows, forms, report layouts and interface mappings built for Customer during Onboarding or later at Customer's request.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates in China the right to access and use the Service during the Subscription Term for their internal business purposes, within the quantities ordered.

2.2 Customer shall keep user credentials secure and shall not resell the Service or use it to build a competing product.

2.3 Vendor may update the Service from time to time, provided that no update materially reduces the functions described in A1. Vendor shall announce significant changes to the mobile app at least 14 days in advance and provide release notes in Chinese.

### 3. Service Levels

3.1 Vendor shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Service or the mobile app is unavailable to all users, or work orders cannot be dispatched) shall receive a response within 30 minutes at any time and a workaround within 3 hours. Priority 2 incidents shall receive a response within 2 hours during business hours.

3.3 If monthly availability falls below the commitment in 3.1, Vendor shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below the commitment, up to half of that monthly equivalent. Each Priority 1 response more than 30 minutes late earns a further credit of CNY 800. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose.

4.2 Customer Data is stored in mainland China and shall not be transferred outside mainland China. Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, logged administrator access and daily backups kept for 30 days, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

4.3 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by Vendor's breach of this clause.

4.4 Within 30 days after the end of the Subscription Term Vendor shall return Customer Data in CSV format and then delete it from the Service and its backups.

### 5. Intellectual Property

5.1 Vendor owns the Service and all its underlying software. Configurations belong to Customer, and Customer may use, modify and let third parties use them freely, including after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information, use it only for this Order Form and not disclose it to third parties except to its professional advisers under a duty of confidence. This clause survives for three years after the Subscription Term.

### 7. Onboarding Delay

7.1 If the Service is not ready for Onboarding Acceptance within the time in A4 for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

### 8. Liability

8.1 Each party's aggregate liability arising out of or in connection with this Order Form in any Subscription Year shall not exceed the Fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.2 The limit in 8.1 does not apply to death or personal injury caused by negligence, fraud or Customer's obligation to pay Fees.

8.3 Neither party is liable for indirect or consequential loss or loss of profits.

### 9. Subcontractors

9.1 Customer approves Alibaba Cloud as Vendor's hosting provider by signing the Order Form. Vendor shall not use any other subcontractor or sub-processor for the Service without Customer's prior written consent and remains responsible for its subcontractors.

### 10. Renewal

10.1 At the end of the Subscription Term this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.2 Fees for each renewal term shall be at Vendor's list price in effect at the start of that renewal term, which Vendor may change at its discretion.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund any prepaid fees for the period after termination.

11.2 Customer may also terminate by written notice if availability falls below the commitment in 3.1 in any three months of a Subscription Year.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 The Order Form (Part A) prevails over these General Terms in case of conflict. Amendments must be in writing and signed by both parties. Neither party may assign this Order Form without the other's written consent.

13.2 Notices shall be given in writing to the contacts named in A6 by courier or by email with confirmation of receipt. The Order Form is signed in English and Chinese; both versions have equal force.
"""

SRC["e03"] = """T:Supply Contract for Kiln and Mill Condition Monitoring System
P:Contract No. YS-EQ-2027-037 (Buyer's standard purchase contract)
P:Buyer: Hebei Yanshan Building Materials Co., Ltd., registered in Tangshan, Hebei Province, People's Republic of China.
P:Supplier: Clwyd Condition Monitoring Ltd, a company registered in England and Wales, registered office at Abergele, Conwy, Wales.
P:The Buyer operates two clinker lines and six cement mills at its Tangshan plant and wishes to monitor the vibration and temperature of their rotating equipment. The Supplier has been selected after a competitive tender. The parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, monitoring software and all related items listed in clause 2, installed and integrated at the Buyer's plant.
P:1.2 "Monitoring Software" means the Supplier's VibraWatch condition monitoring software, server edition, with its analytics modules and documentation.
P:1.3 "Custom Work" means the dashboards, alarm rules, equipment models and the interface to the Buyer's distributed control system (DCS) developed by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System and train the Buyer's staff, at the following fixed prices, inclusive of VAT, delivery to site, insurance and all expenses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|420|1,850|777,000
TB:2|Industrial gateway with 4G and fibre uplink|24|9,600|230,400
TB:3|VibraWatch Monitoring Software, perpetual site licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,293,400
TB:4|Installation and commissioning|1 lot|148,000|148,000
TB:5|Configuration, Custom Work and DCS interface|1 lot|96,000|96,000
TB:6|Training of operators and maintenance engineers|1 lot|22,600|22,600
TB:|Contract Price|||1,560,000
P:2.2 The Monitoring Software is licensed to the Buyer perpetually for use at the Tangshan plant, without limit on the number of users or monitored points.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's plant within 60 days after signature of this Contract and complete installation and commissioning within 45 days after delivery.
P:3.2 Installation shall be carried out during the planned kiln and mill shutdowns notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:3.3 Delivery and installation do not constitute acceptance of the System.
P:3.4 Each shipment shall be packed for road transport and outdoor storage and shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates for every sensor and the installation manual. The Buyer shall inspect the quantity and visible condition of each shipment on arrival and sign the delivery note.
P:3.5 The Buyer shall provide free of charge the server hardware, network connections, mounting points prepared under the Supplier's drawings, electrical power and storage space on site.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature of this Contract, against the Supplier's invoice and an advance payment guarantee from a bank in China for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after all equipment has been delivered and installed, as confirmed by the Buyer's delivery and installation record.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
H:5. Delay
P:5.1 If the Supplier fails to complete delivery or installation, or to request Final Acceptance, by the dates in clauses 3.1 and 6.1, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 The Buyer may deduct liquidated damages from any payment due to the Supplier.
H:6. Acceptance
P:6.1 The Supplier shall request Final Acceptance within 40 days after completion of installation.
P:6.2 Final Acceptance requires that: (a) all 420 sensors report data to the Monitoring Software with a packet loss below 1% over 14 consecutive days; (b) vibration readings of ten reference points agree with a calibrated portable analyser within ±5%; (c) alarms configured for each monitored machine reach the DCS operator screens within 10 seconds; (d) the dashboards and reports in the technical specification are delivered and tested; and (e) documentation and spare parts are handed over.
P:6.3 If the System fails any test, the Supplier shall correct the defects at its own cost within 15 days and repeat the tests. Neither operation of the System nor any payment shall be deemed acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors, gateways and software free of charge, including parts, labour, travel and software updates.
P:7.2 Incidents are classified as Severity 1 (the Monitoring Software or more than one gateway is down, so that a kiln or mill is unmonitored), Severity 2 (individual sensors or functions fail) and Severity 3 (questions and minor issues). Response times are:
TB:Severity|Response|Remedy or workaround
TB:Severity 1|30 minutes, any time|6 hours; on site within 24 hours if needed
TB:Severity 2|2 hours, business hours|3 business days
TB:Severity 3|1 business day|next software release
P:7.3 For each hour by which the Supplier misses a Severity 1 response or workaround time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or the warranty retention.
P:7.4 After the warranty period, the Supplier shall offer annual maintenance at 6% of the Hardware and Licence Subtotal, that is CNY 77,604 per year, fixed for the first two years after the warranty period. Each year's maintenance is ordered separately by the Buyer and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the sensors and gateways available for at least eight years after Final Acceptance.
P:7.6 The Supplier shall train up to 20 control room operators and 16 maintenance engineers in three sessions at the plant, covering daily use of the dashboards, interpretation of vibration spectra, alarm handling, battery replacement and adding new monitoring points. Training materials shall be provided in Chinese.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Monitoring Software and in sensor and gateway firmware.
P:8.2 The Custom Work, including its source files and configuration exports, belongs to the Buyer. The Buyer may use, modify and license it freely, including to other contractors.
H:9. Data
P:9.1 All measurement data, alarm histories, equipment models and reports in the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The System shall be installed on the Buyer's servers and shall not send data outside the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's VPN and jump server, with approval for each session.
P:9.3 The Supplier shall apply the security measures in the technical specification, including changed default passwords, encrypted communication between gateways and server and role-based access, and shall report any security incident to the Buyer within 6 hours. The Supplier is liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes and production data received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty period.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
P:11.2 Neither party is liable to the other for loss of profit or indirect loss, except in the cases which are not limited under clause 11.1.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor may be approved in writing by the Buyer's project manager.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under clause 5.1 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any part of the System not accepted, remove its equipment if the Buyer so requests and hand over all Custom Work completed up to the date of termination.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions are equally valid. Annex 1: Technical Specification. Annex 2: Installation Plan. Annex 3: Acceptance Test Procedure.
P:15.2 Amendments to this Contract are valid only if made in writing and signed by both parties. Notices shall be sent to the project managers named in Annex 2.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. QG-MSA-2027-05

**Customer:** Zhejiang Qiantang Garment Group Co., Ltd., registered in Hangzhou, Zhejiang, People's Republic of China.

**Supplier:** Prestatyn Managed Services Ltd, a company registered in England and Wales, registered office at Prestatyn, Denbighshire, Wales, acting in China through its branch in Hangzhou.

The Customer wishes to outsource its service desk, end-user support and infrastructure operations for its head office, two factories and regional sales offices. The parties agree as follows.

## 1. Definitions and Interpretation

1.1 "Services" means the transition and managed services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Charges" means the amounts in Schedule 3.

1.2 "Term" means the period of 36 months starting on the Service Commencement Date, which is the day after Transition Acceptance under clause 3.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Supplier accesses or processes in performing the Services.

1.4 The Schedules form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

## 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date to the end of the Term with the skill and care of a competent provider of managed IT services and in accordance with the Customer's IT policies provided to it in writing.

2.2 The Supplier shall assign a service delivery manager based in Hangzhou who is the Customer's single point of contact and shall attend a monthly service review with the Customer.

2.3 The Customer shall give the Supplier's staff access to its premises and systems as reasonably needed, provide workspace for on-site engineers and keep the Supplier informed of planned changes to its business that affect the Services.

2.4 Hardware, software licences and third-party maintenance contracts used by the Customer remain the Customer's responsibility. The Supplier shall manage the Customer's hardware vendors and software vendors as the Customer's agent for incident and warranty calls, but is not liable for their performance.

## 3. Transition

3.1 Within 60 days after signature of this Agreement the Supplier shall complete the transition described in Schedule 1, Part A, including knowledge transfer from the Customer's current provider, set-up of the ticketing and monitoring tools and documentation of all in-scope systems.

3.2 Transition Acceptance is given when: (a) all in-scope devices, servers and network devices are recorded in the configuration database and monitored; (b) the service desk has handled live calls for 10 working days in parallel with the current provider, meeting the Service Levels for answer time and first-contact resolution; (c) runbooks for every in-scope system have been reviewed and approved by the Customer; and (d) the Customer has signed the transition acceptance certificate. The Customer shall sign or give written reasons within 5 working days after the Supplier's notice of completion.

3.3 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of CNY 2,000 for each day of delay, up to CNY 60,000, and shall continue to support the current provider's exit at its own cost.

## 4. Service Levels and Service Credits

4.1 The Supplier shall meet the Service Levels in Schedule 2. If it fails to do so, the service credits in Schedule 2 apply and are deducted from the next monthly invoice.

4.2 Service credits are a price adjustment reflecting the reduced value of the Services and do not limit the Customer's other rights.

4.3 The Supplier shall report its performance against each Service Level in a monthly report delivered by the fifth working day of the following month.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The monthly service charge is invoiced monthly in arrears, and the transition charge is invoiced after Transition Acceptance. Nothing is payable before Transition Acceptance.

5.2 The Customer shall pay each undisputed invoice within 30 days after receipt. The Charges are fixed for the Term and include VAT, travel within mainland China and all tools and licences used by the Supplier to deliver the Services.

5.3 Changes in the number of supported users of more than 10% are handled under the change procedure in Schedule 3.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall return it to the Customer on request and at the end of the Term.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration records, knowledge articles and reports produced by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider without restriction.

7.2 The Supplier's tools and pre-existing materials remain its property; the Supplier grants the Customer a free licence to use any of them embedded in the deliverables in 7.1.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its advisers under a duty of confidence or as required by law. This obligation continues for three years after the end of the Term.

## 9. Personnel and Subcontracting

9.1 The Supplier shall provide suitably qualified personnel and shall replace any person whom the Customer reasonably considers unsuitable.

9.2 The Supplier may subcontract any part of the Services, including on-site support at the Customer's factories and out-of-hours monitoring, to its affiliates or to third parties by giving the Customer 14 days' written notice. The Supplier remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement shall not exceed 150% of the total Charges for the Term, except for death or personal injury, fraud and wilful misconduct, which are not limited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement at agreed charges.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or if the Supplier misses the same Priority 1 Service Level in three consecutive months.

11.3 The Supplier may terminate if the Customer fails to pay undisputed Charges within 60 days after a written reminder.

11.4 On expiry or termination the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3 and hand over all deliverables under clause 7.1.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Knowledge transfer, tool set-up, configuration database, runbooks, parallel running |
| B | Service desk | Mandarin and English, 07:30–21:00 Monday to Saturday, telephone, portal and WeChat channels, about 1,100 users |
| C | End-user support | On-site engineers at head office (3) and at each factory (1), remote support for sales offices, device imaging and moves |
| D | Infrastructure operations | Monitoring 24x7 of 86 servers, 140 network devices and the factory Wi-Fi; patching, backup checks, capacity reports |
| E | Problem and change management | Root-cause analysis for Priority 1 incidents, monthly change board, quarterly improvement plan |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit for each month missed |
|---|---|---|
| Priority 1 incident (site or core system down) | Response within 15 minutes, restoration within 6 hours | 5% of the monthly service charge |
| Priority 2 incident (department or key user affected) | Response within 1 hour, restoration within 8 business hours | 3% of the monthly service charge |
| Service desk answer time | 90% of calls answered within 30 seconds | 2% of the monthly service charge |
| First-contact resolution | At least 70% of service desk tickets | 2% of the monthly service charge |

Total service credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition charge (one-time) | 84,000 | After Transition Acceptance |
| Monthly service charge | 68,000 per month | Monthly in arrears, 36 months |
| Total monthly service charges for the Term | 2,448,000 | |
| Total Charges for the Term | 2,532,000 | |
| Exit assistance beyond the Term | 3,200 per engineer day | Monthly in arrears |
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MDL-QD-2027-003

BETWEEN

Qingdao Haiyun Commodities Trading Co., Ltd., a company registered in Qingdao, Shandong, People's Republic of China ("Customer"); and

Maes Data Ltd, a company registered in England and Wales with its registered office at Holywell, Flintshire, Wales ("Vendor").

BACKGROUND

Vendor compiles vessel position, port call and port congestion data from satellite and terrestrial AIS receivers and from port authority sources, and makes it available through an application programming interface (API) and a web portal. Customer trades iron ore, coal and soybeans and wishes to use the data in its chartering, freight risk and logistics planning systems.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel, port call, berth, congestion and voyage data supplied by Vendor, as described in Schedule A (Data Specification), including updates and historical records.

1.2 "API" means Vendor's REST API through which Vendor Data is delivered, and "Portal" means Vendor's web portal.

1.3 "Customer Data" means the vessel watchlists, cargo positions, voyage plans and other information that Customer uploads to or enters into the API or the Portal, and the queries Customer makes.

1.4 "Outputs" means reports, analyses, charts and models created by Customer using Vendor Data, and "Mapping" means the field mapping and connector Vendor configures for Customer's chartering system under clause 3.

1.5 "Subscription Year" means each period of one year starting on the Start Date or its first anniversary, and "Subscription Term" means the two Subscription Years together.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API and the Portal and to use Vendor Data for its internal business purposes, for up to 45 named Portal users and up to 200 API requests per minute.

2.2 Customer may share Outputs with its affiliates, banks, insurers and counterparties, provided that Vendor Data is not redistributed in bulk or in a form that allows it to be extracted and used as a substitute for the subscription.

2.3 Vendor Data covers at least 620 ports listed in Schedule A, with historical port call records from 1 January 2019, and is refreshed as described in Schedule A.

2.4 Customer shall keep API keys and Portal passwords secure, shall ensure that its users comply with this Agreement and shall tell Vendor promptly if it suspects that a key has been misused. Customer shall not resell Vendor Data or use it to build a competing data service.

3. ONBOARDING AND ACCEPTANCE

3.1 Within 20 days after signature, Vendor shall issue API credentials and Portal accounts, configure the Mapping for Customer's chartering system and provide integration support to Customer's IT team.

3.2 Customer shall then test the API during an acceptance period of 15 working days. The subscription is accepted when: (a) every field in Schedule A is returned for the sample of 50 ports chosen by Customer; (b) vessel positions for a sample of 200 vessels agree with Customer's reference records within the tolerance stated in Schedule A; (c) historical queries for the agreed test cases return complete results; and (d) the Mapping loads data into Customer's chartering system without manual correction.

3.3 Customer shall confirm acceptance in writing or state the failed criteria at the end of the acceptance period. Vendor shall correct failures and Customer shall repeat the relevant tests. The date of Customer's written acceptance is the "Start Date".

4. AVAILABILITY AND SUPPORT

4.1 Vendor will use commercially reasonable efforts to keep the API and the Portal available and to deliver updates to Vendor Data in a timely manner. Scheduled maintenance will be announced on the Portal where practicable.

4.2 Customer may raise support requests by email or through the Portal. Vendor's support team handles requests during its business hours (09:00 to 17:30 UK time, Monday to Friday) and will respond as soon as reasonably practicable.

4.3 Vendor may change the API, provided that it gives Customer at least 60 days' notice of changes that remove fields or endpoints and keeps the previous version available during that period.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 318,000 for each Subscription Year, that is CNY 636,000 for the Subscription Term. It includes onboarding, the Mapping, Portal accounts, API usage within the limits in clause 2.1 and all taxes.

5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

5.3 If Customer wishes to exceed the API request limit or add Portal users, the parties will agree the additional fee in writing before the increase takes effect.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API and the Portal to Customer and shall not use it for any other purpose, including analytics for other customers.

6.2 Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support personnel, logged access and regular security testing, and shall comply with the PRC Personal Information Protection Law and Data Security Law to the extent they apply.

6.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it and compensate Customer for the losses caused by Vendor's breach of this clause.

6.4 At the end of the Subscription Term, Vendor shall delete Customer Data within 30 days and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor and its licensors own all rights in Vendor Data, the API and the Portal.

7.2 Customer owns its Outputs. The Mapping belongs to Customer, which may use, modify and let third parties use it freely, including after the Subscription Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer's watchlists and cargo positions, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the Subscription Term.

9. WARRANTIES

9.1 Vendor warrants that it has the right to license Vendor Data to Customer and that Vendor Data is compiled with reasonable skill and care. Vendor does not warrant that Vendor Data is complete or free from error, since it depends on third-party sources.

10. LIABILITY

10.1 Each party's total liability under this Agreement shall not exceed 150% of the total subscription fees for the Subscription Term. This limit does not apply to breach of clauses 6 and 8, infringement of intellectual property, fraud or wilful misconduct.

10.2 Neither party is liable for loss of profit, trading losses or indirect loss, except in the cases excluded from the limit in clause 10.1.

11. SUBCONTRACTING

11.1 Vendor shall not subcontract the provision of the API, the Portal or support to any third party without Customer's prior written consent, and remains responsible for any approved subcontractor.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the fees paid for the remainder of the current Subscription Year.

12.3 On termination Customer's licence ends, but Customer may keep and use Outputs created before termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 This Agreement, with Schedule A, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.2 Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and does its best to limit the effects. Customer's payment obligations are suspended for any period in which it cannot access the API for such reasons.

14.3 Notices shall be sent in writing to the addresses above or to the email addresses the parties designate. This Agreement is made in English and Chinese, and both versions have equal force.

SCHEDULE A - DATA SPECIFICATION (SUMMARY)

Vessel positions: dry bulk vessels above 10,000 dwt, refreshed at least every 15 minutes for terrestrial AIS and every 60 minutes for satellite AIS. Port calls: arrival, berthing and departure events for the listed ports. Congestion: daily counts of waiting vessels and average waiting time by port and vessel class. Position tolerance for acceptance: 2 nautical miles.

Signed for Customer: ____________________
Signed for Vendor: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Files, design and labels
FILES = {
    "z01": "h1136z01_civil_affairs_place_name_platform.pdf",
    "z02": "h1136z02_winding_machine_line_control_retrofit.docx",
    "z03": "h1136z03_fragrance_school_booking_membership_saas.txt",
    "z04": "h1136z04_museum_environment_monitoring_om_service.txt",
    "z05": "h1136z05_palm_weaving_process_tracking_supplier_template.md",
    "e01": "h1136e01_calibration_qms_perpetual_licence_neath_vendor.pdf",
    "e02": "h1136e02_field_service_saas_order_form_ammanford_vendor.md",
    "e03": "h1136e03_cement_plant_vibration_monitoring_abergele_vendor.docx",
    "e04": "h1136e04_garment_group_managed_it_services_prestatyn_vendor.md",
    "e05": "h1136e05_vessel_port_data_api_subscription_holywell_vendor.txt",
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# design: (category, terms in TERM_KEYS order, extra, price lines, fee base for TCO, forum outside mainland, design rules)
DESIGN = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1250000),
            [680000, 426000, 88000, 56000], 680000, False, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 24, 7, False, True, True,
                         "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1450000),
            [456000, 312000, 50400, 134400, 168000, 186000, 124000, 19200], 1120800, False,
            ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=543000),
            [35 * 6800 * 2, 58000, 9000], None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
            [4 * 96500], None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software", [None, 24, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False,
                         True, None, None, G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=606000),
            [420000, 150000, 36000], 420000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 10, False, True, False,
                         "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1720000),
            [1180000, 420000, 84000, 36000], 1180000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 569000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=569000),
            [420 * 620, 420 * 620, 48200], None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 6, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1560000),
            [420 * 1850, 24 * 9600, 286000, 148000, 96000, 22600], 1293400, False, []),
    "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 2000 / 2532000 * 100, 150, None, True, None,
                         None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2532000),
            [84000, 36 * 68000], None, False, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                      False, "PRC", S],
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=636000),
            [318000, 318000], None, False, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base, forum_out):
    """My reading of policy §3 applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - LOW else "low")


# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a threshold figure
CN = "十百千万零〇一二三四五六七八九两点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent|pct)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"(thirty|fifteen|forty|hundred)\s*(\(\d+\)\s*)?(%|percent|per\s*cent)",
    r"百分之(三十|十五|四十|一百|百)(?![" + CN + "])",
    r"(?<![" + CN + "])[三四]成",
    r"万分之五(?![" + CN + "])",
    r"千分之零点五|百分之零点零五",
    r"(?<![\d.])4\s*(-\s*)?(hours?|hrs?|h\b|小时|个小时)",
    r"(?<!twenty)(?<!twenty-)four\s*(\(4\)\s*)?(-\s*)?(hours?|hrs?)",
    r"(?<![" + CN + "])四个?小时",
    r"(?<![\d.年])12\s*(-\s*)?(months?|个月)",
    r"twelve\s*(\(12\)\s*)?(-\s*)?months?",
    r"(?<![" + CN + "])十二个月",
    r"(?<![\d.])5\s*(-\s*)?(years?|年)(?![\d度])",
    r"\bfive\s*(\(5\)\s*)?(-\s*)?years?|(?<![a-z])five(-)?years?",
    r"(?<![" + CN + "])五年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour", "4小时", "四小时", "within four hours", "0.05%",
            "0.05 %", "万分之五", "30%", "30 %", "百分之三十", "15%", "40 per cent", "100%", "100 percent",
            "thirty per cent", "12 months", "12-month", "12个月", "十二个月", "twelve months", "5 years", "five years",
            "五年", "三成", "15.0%"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "二十四小时", "0.15%", "130%", "2027年12月31日", "2025年",
             "25%", "115%", "0.055%", "150%", "35%", "every 15 minutes", "six months", "万分之三", "二十四个月",
             "24 months", "36 months", "14 hours", "0.5 hours", "45%", "第五条", "服务年度", "twenty-four hours",
             "1.4 hours", "三年"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(form):
                hits.append((rx.pattern, form[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s_ in MUST_HIT:
        assert scan(s_), "must hit: " + s_
    for s_ in MUST_MISS:
        assert not scan(s_), ("must miss", s_, scan(s_))


# ----------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, name in FILES.items():
        if k not in office:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, name in FILES.items():
        cat, vals, extra, lines, base, forum_out, design = DESIGN[k]
        lang = "zh" if k[0] == "z" else "en"
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        assert sum(lines) == extra["contract_value"], (k, sum(lines))
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        for key, th in TH.items():
            v = terms[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        sh = tco_share(terms, extra, base)
        if sh is not None:
            assert abs(sh - TCO_SHARE) > 2, (k, sh)
        rules = derive_rules(terms, extra, base, forum_out)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold text", hits[:5]))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(f"{k} {name}: {lang} length {n}, TCO share {None if sh is None else round(sh, 2)}, "
              f"risk {risk(rules)}, rules {rules}")
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    n_clean = [k for k in FILES if not DESIGN[k][6]]
    assert sorted(n_clean) == ["e03", "z01"], n_clean
    assert DESIGN["e01"][6] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["z05"][6]) <= 10
    assert all(2 <= len(DESIGN[k][6]) <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])
    assert not problems, problems
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
