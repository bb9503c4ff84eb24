"""holdout398: builds ten ORDINARY draft contracts (5 zh, 5 en) and their labels, written blind (before any run).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Sources of all ten texts are kept below.
The .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are written as they are.
Labels are computed here; expected rules are derived from the labels by my own reading of policy.md section 3
and checked against the design list; every built file is read back, measured and scanned for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H398Z01 = """T:桃源县民政局界桩及边界线管理平台建设项目合同
P:合同编号：TYMZ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:采购人（甲方）：桃源县民政局　　地址：湖南省桃源县漳江镇武陵路36号
P:供应商（乙方）：湘界信息科技有限公司　　地址：长沙市岳麓区麓谷大道668号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就桃源县界桩及边界线管理平台建设项目（以下简称"本项目"）协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供界桩及边界线管理平台软件许可，并完成定制开发、历史数据整理入库、部署实施和培训，使甲方能够对全县行政区域界线、界桩、界线协议书及联合检查记录进行统一管理。
P:1.2 定制开发内容包括：界桩巡检移动端（含拍照定位、损毁上报）、界线协议书电子档案模块、县乡两级联合检查工作流、与省级行政区划管理系统的数据接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾伍万元整（¥1,750,000），为固定总价，包含软件许可、开发、实施、培训、税费及质保期内全部服务费用。
P:分项价格：平台软件许可（永久许可，不限用户数）¥860,000；定制开发 ¥624,000；历史数据整理入库（界桩486个、界线协议书52份）¥198,000；部署实施及培训 ¥68,000。合计 ¥1,750,000。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，计¥350,000。
P:3.2 系统完成部署并通过初验后，甲方支付合同总价的45%，计¥787,500。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥612,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后120日内完成部署并提交初验申请，初验通过后试运行60日。
H:第五条 验收
P:5.1 初验标准：需求说明书所列功能全部实现；486个界桩的坐标、照片及属性数据与原始台账逐一核对一致；与省级系统的接口连续10日数据交换无差错；在200个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；乙方提交源代码、数据库设计说明、运维手册及培训记录；第三方测评机构出具的安全测评报告无高风险问题。
P:5.3 验收由甲方组织，出具书面验收报告。系统上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改后重新验收。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.5%（计划内维护时间除外，计划维护须提前3个工作日告知甲方）。
P:6.2 故障分级响应：一级故障（平台整体无法访问或数据错误）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:6.3 月可用率每低于承诺值0.1个百分点，甲方从应付款项或履约保证金中扣减¥2,000；故障响应每超时1小时扣减¥500。
H:第七条 质保及后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、系统巡检及技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供后续维护服务，年度维护费不超过平台软件许可费的8%，即每个服务年度不超过¥68,800，该价格在质保期满后的三个服务年度内保持不变。
H:第八条 数据安全
P:8.1 本项目涉及的界桩、界线、协议书及检查记录等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按网络安全等级保护二级要求部署系统，落实访问控制、操作日志和数据备份措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、文档）及数据整理成果的知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:10.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、免费的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定的，应限期整改并承担由此给甲方造成的损失。
H:第十二条 分包
P:12.1 本项目不得分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类项目经验的项目经理一名，项目经理及核心开发人员名单在合同签订后7日内报甲方确认，实施期间未经甲方同意不得更换。
P:15.2 乙方应每两周向甲方提交项目进度报告，如实说明完成情况、存在问题及下一阶段计划；甲方有权对进度和质量进行检查。
P:15.3 乙方应对甲方乡镇民政工作人员及界桩管护员进行培训，培训不少于3期，每期培训后提交签到表和考核记录。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，计¥87,500，可以银行保函形式提交。最终验收合格后15个工作日内，甲方无息退还。
P:16.2 乙方未按合同约定履行义务，甲方有权从履约保证金中扣除相应违约金和扣减款项。
H:第十七条 不可抗力
P:17.1 因不可抗力致使合同不能履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明，双方协商顺延履行期限或变更合同。
P:17.2 不可抗力消除后，受影响一方应继续履行合同。因不可抗力延误的期间不计入逾期天数，但乙方应采取合理措施减少延误，并及时向甲方报告影响情况。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：桃源县民政局　　法定代表人或授权代表：________　　日期：2026年3月　日
P:乙方（盖章）：湘界信息科技有限公司　　法定代表人或授权代表：________　　日期：2026年3月　日
"""

H398Z02 = """T:冷镦机生产线控制系统改造及维保合同
P:合同编号：HYJG-GZ-2026-008
P:甲方：海盐恒远紧固件有限公司　　地址：浙江省嘉兴市海盐县武原街道紧固件园区8号
P:乙方：嘉兴智锻自动化工程有限公司　　地址：浙江省嘉兴市南湖区亚太路1052号
P:甲方冷镦车间现有8台多工位冷镦机，控制系统老化、故障频发、无法采集生产数据。经询价比选，甲方选定乙方承担控制系统改造及后续维保工作。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）对8台冷镦机的PLC、伺服驱动、人机界面进行更换和编程，实现送料、切料、镦锻、夹钳传送的联动控制和过载保护。
P:（二）新增在线视觉检测系统，对螺栓头部尺寸、裂纹进行全检，不合格品自动剔除。
P:（三）部署产线数据采集软件，采集设备状态、产量、模具寿命及能耗数据，并与甲方现有ERP系统对接。
P:（四）完成安装调试、操作培训，并提供全部程序、图纸和说明书。
H:二、合同价款
P:（一）本合同总价为人民币贰佰贰拾捌万元整（¥2,280,000），含税，价格明细见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服驱动系统（含电柜）|8套|1,184,000
TB:2|触摸屏人机界面及工控机|8套|226,000
TB:3|在线视觉检测系统|4套|348,000
TB:4|产线数据采集软件许可（永久）|1套|212,000
TB:|软硬件小计||1,970,000
TB:5|改造实施及联调|1项|286,000
TB:6|操作及维护培训|1项|24,000
TB:|合计||2,280,000
P:（二）上述价格为固定价格，包括设备、软件、运输、安装、调试、培训及质保期内的全部服务。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计¥228,000。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，计¥798,000。到货签收不视为验收。
P:（三）改造完成并通过最终验收后，甲方支付合同总价的50%，计¥1,140,000。
P:（四）余款即合同总价的5%，计¥114,000，作为质量保证金，质保期满且无未了问题后支付。
H:四、工期
P:（一）乙方应在合同签订后75日内完成全部设备到货，并按甲方生产计划分批停机改造，每台停机时间不超过5日，全部改造在合同签订后150日内完成。
H:五、验收
P:（一）验收标准：每台设备连续72小时带料运行无控制故障；在额定节拍下产品头部尺寸不合格品率不超过千分之三；视觉检测对标准缺陷样件的检出无遗漏；数据采集连续7日无缺失，与ERP系统的产量数据逐班核对一致；急停及过载保护功能测试全部通过。
P:（二）甲方在乙方提交验收申请后7日内组织验收，验收合格后签署最终验收报告。设备安装完成、试生产或甲方付款均不构成验收。
H:六、质保及维保
P:（一）质保期为二十四个月，自最终验收之日起计算。质保期内，非甲方原因造成的硬件损坏免费更换，软件缺陷免费修复。
P:（二）故障响应：一级故障（整台设备停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单项功能失效）2小时内响应，24小时内到场。响应或到场每超时1小时，乙方向甲方支付¥800。
P:（三）质保期满后，乙方提供维保服务，每个服务年度的维保费为软硬件小计的9%，即¥177,300，含每季度一次巡检、备件优先供应及远程支持。该费用在质保期满后的三个服务年度内固定不变，维保合同按服务年度另行签订。
H:七、数据安全
P:（一）设备运行数据、工艺参数、产量及质量数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须事先取得甲方批准，通过甲方指定的工业防火墙和账号登录，操作全程留痕；乙方不得在控制系统中设置任何未告知甲方的远程通道或后门程序。
P:（三）发生数据丢失、篡改或网络安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担赔偿责任。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、人机界面画面、视觉检测配方及数据接口程序，其源程序和知识产权归甲方所有，甲方可自行修改或委托他人修改。
P:（二）第三方软件及数据采集软件的原有知识产权归原权利人，甲方获得永久使用许可。
H:九、施工安排
P:（一）乙方可将电柜安装、现场布线等辅助施工交由第三方完成，但应提前5个工作日书面通知甲方，并对第三方的施工质量和安全负责。
P:（二）乙方人员进入车间应遵守甲方安全生产制度。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、合同解除
P:（一）一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:十二、法律适用及争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、现场施工与安全
P:（一）乙方应在每台设备停机改造前3个工作日提交改造方案和停机计划，经甲方设备部和生产部确认后实施，不得影响其他设备正常生产。
P:（二）乙方应做好现场用电、高处作业和动火作业的安全措施，施工人员须持有相应操作证；因乙方原因发生的安全事故由乙方负责。
P:（三）改造拆除的旧控制柜、旧电缆等物品归甲方所有，乙方应按甲方指定地点堆放。
H:十四、技术资料与培训
P:（一）乙方应在最终验收前向甲方提交电气原理图、接线图、PLC程序备份、参数清单、操作规程和维护手册各两套，并提供电子版。
P:（二）乙方应为甲方操作工和设备维修人员分别培训，培训合格后方可独立操作；培训内容包括设备操作、换模调整、常见报警处理和备份恢复。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方协商顺延或变更合同。
H:十六、通知与联系
P:（一）双方指定项目联系人：甲方为设备部负责人，乙方为项目经理。改造计划、停机安排、验收申请、故障报修等事项以书面或电子邮件方式通知，紧急故障可先电话报修后补书面记录。
P:（二）一方联系人或联系方式变更的，应在3日内书面通知对方，否则按原联系方式送达视为有效送达。
P:（三）乙方应建立本项目服务档案，记录每次故障报修时间、响应时间、到场时间、处理结果和更换备件情况，并每季度向甲方提交一次汇总。
P:（四）质保期内乙方应每半个服务年度对改造设备进行一次全面巡检，检查电柜温升、接线紧固、伺服参数和程序备份，巡检报告经甲方签字确认。
H:十七、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：海盐恒远紧固件有限公司（盖章）　　代表：________　　日期：2026年4月　日
P:乙方：嘉兴智锻自动化工程有限公司（盖章）　　代表：________　　日期：2026年4月　日
"""

H398Z03 = """剧本杀连锁门店预约及会员管理系统服务合同

合同编号：MYJ-IT-2026-021

甲方（客户）：成都谜影居文化传播有限公司
地址：四川省成都市锦江区红星路三段99号
乙方（服务商）：蓉约云科技有限公司
地址：四川省成都市高新区天府大道中段1388号

鉴于甲方在川渝地区经营40家剧本杀门店，需要统一的线上预约、拼车组局、会员储值及积分管理系统；乙方拥有"约局云"SaaS平台，同意为甲方提供平台订阅及实施服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方40家门店及甲方总部提供"约局云"平台订阅服务，包括微信小程序预约、拼车组局、剧本及房间排期、主持人（DM）排班、会员储值、积分及优惠券、门店收银对账和经营报表。
1.2 乙方为甲方提供一次性实施服务：将甲方现有会员约8.6万人的资料、储值余额及积分迁移至平台；配置40家门店的剧本库和房间；开发甲方品牌小程序页面；对门店店长及收银人员进行培训。
1.3 服务期为两个服务年度，自平台上线验收之日起计算。

2. 费用
2.1 门店订阅费：每家门店每个服务年度人民币3,600元，40家门店合计每个服务年度144,000元，两个服务年度共288,000元。
2.2 总部管理端订阅费：每个服务年度36,000元，两个服务年度共72,000元。
2.3 实施费（一次性）：58,000元。
2.4 合同总价为人民币418,000元（含税）。服务期内新增门店按每店每个服务年度3,600元按月折算另计。

3. 付款
3.1 实施费在上线验收合格后15个工作日内支付。
3.2 订阅费按季度后付：每季度结束后，乙方提交当季服务报告和发票，甲方在10个工作日内支付当季订阅费（每季度45,000元）。
3.3 甲方不预付任何款项。

4. 上线与验收
4.1 乙方应在合同签订后45日内完成实施并申请上线验收。
4.2 验收标准：40家门店全部可在小程序完成预约、组局、核销和收银；迁移后的会员人数、储值余额和积分与甲方原系统导出数据逐条核对一致；高峰时段500人同时预约时页面响应不超过2秒；甲方确认的培训记录齐全。
4.3 甲方在收到验收申请后5个工作日内组织验收并出具书面意见。门店开始使用平台不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金300元。

5. 服务水平
5.1 平台月可用率不低于99.95%，计划维护应安排在每日凌晨2:00至6:00之间，并提前48小时通知甲方。
5.2 故障分级：一级故障（全部门店无法预约或收银）乙方应在30分钟内响应、2小时内恢复；二级故障（部分功能不可用）1小时内响应、8小时内恢复；三级故障在2个工作日内解决。
5.3 乙方每月向甲方提交服务报告，列明可用率和故障处理情况。
5.4 上述服务水平为乙方的服务目标。平台未达到上述服务水平的，乙方应尽快修复，但不因此承担扣款、赔偿或减免订阅费的责任。

6. 续期
6.1 服务期届满前30日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。
6.2 每次续期时，乙方有权调整订阅单价，上调幅度不超过上一服务年度单价的10%，并在续期前以书面形式通知甲方。

7. 数据安全与数据归属
7.1 甲方会员资料、消费及储值记录、预约记录等全部业务数据属于甲方，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
7.2 乙方应将甲方数据存储于中国境内的云服务器，平台通过网络安全等级保护三级测评，会员手机号等个人信息加密存储，后台操作留存日志不少于6个月。
7.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的义务，并承担因此给甲方造成的全部损失。
7.4 服务终止时，乙方应按甲方要求导出全部数据并在导出确认后30日内删除，出具删除证明。

8. 保密
8.1 双方对在合作中知悉的对方商业信息（包括门店经营数据、价格政策、技术资料）负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。

9. 知识产权
9.1 "约局云"平台的知识产权归乙方。
9.2 为甲方开发的品牌小程序页面、视觉素材及甲方专用配置，其知识产权归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

10. 分包
10.1 乙方不得将本合同服务分包或转包；确需他人协助实施的，须事先取得甲方书面同意。

11. 违约与解除
11.1 乙方严重违约（包括连续两个月发生一级故障超过3次、数据泄露），经甲方书面通知后15日内未纠正的，甲方有权解除合同，并不再支付后续订阅费。
11.2 甲方逾期付款超过30日，经乙方催告后仍未支付的，乙方可暂停服务。

12. 法律适用与争议
12.1 本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

13. 双方义务
13.1 甲方应指定总部项目负责人一名，负责协调各门店配合实施，按乙方要求提供门店信息、剧本清单、价格体系和会员数据。
13.2 乙方应指定专属客户经理和实施经理，实施期间每周提交进度报告；上线后每季度与甲方召开一次服务回顾会。
13.3 乙方应为新开门店在收到甲方通知后5个工作日内完成开通和培训；门店关闭的，甲方应提前30日通知乙方，自关闭次月起不再计算该门店订阅费。
13.4 乙方平台功能升级不得降低本合同约定的功能和服务水平；重大版本更新应提前7日通知甲方并安排在营业低峰时段。

14. 不可抗力
14.1 因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。
14.2 网络运营商大范围故障、云服务商区域性中断属于乙方应通过容灾措施防范的风险，不属于不可抗力。

15. 通知与服务报告
15.1 双方的通知以书面形式或电子邮件发送至本合同首部地址及双方项目负责人邮箱；故障报修可通过乙方客服热线、企业微信服务群或平台工单提交，乙方应对每次报修生成工单编号。
15.2 乙方每月5日前向甲方提交上月服务报告，内容包括平台可用率、各级故障次数及处理时长、门店工单统计、版本更新记录和数据备份情况。
15.3 甲方对服务报告有异议的，应在收到后10个工作日内提出，双方共同核实。
15.4 服务终止或不再续订时，乙方应提供不少于30日的过渡支持，协助甲方将会员、储值及积分数据迁移至甲方指定的系统。

16. 其他
16.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方：成都谜影居文化传播有限公司（盖章）　　授权代表：________　　日期：2026年5月　日
乙方：蓉约云科技有限公司（盖章）　　授权代表：________　　日期：2026年5月　日
"""

H398Z04 = """临川市司法鉴定中心业务管理系统运维服务合同

项目编号：LCSJ-CS-2026-004（竞争性磋商）
采购人（甲方）：临川市司法鉴定中心
地址：江西省抚州市临川区赣东大道218号
成交供应商（乙方）：赣信数智科技有限公司
地址：江西省南昌市红谷滩区丰和中大道1266号

根据临川市司法鉴定中心业务管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方业务管理系统的运行维护服务订立本合同。

第一条 服务对象与期限
（1）运维对象：甲方业务管理系统，包括委托受理、案件流转、鉴定文书制作、收费、档案管理、对外查询等子系统，及其所在的应用服务器、数据库服务器和备份设备。
（2）服务期自2026年7月1日起至2027年6月30日止。服务期满本合同即终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第二条 服务内容
（1）驻场运维：乙方派驻1名工程师在甲方工作日驻场，负责日常巡检、用户支持、账号权限管理和故障处理。
（2）远程支持及巡检：每月一次全面巡检，每季度一次数据库健康检查及性能优化，出具书面报告。
（3）升级适配：按司法部最新规范调整鉴定文书模板、收费标准和统计报表，全年不少于4次。
（4）数据备份与安全加固：每日增量备份、每周全量备份，每季度一次恢复演练；及时修补高危漏洞。

第三条 服务费用与支付
（1）服务费总额为人民币肆拾万零捌仟元整（¥408,000），其中：驻场运维 ¥216,000，远程支持及巡检 ¥86,000，升级适配 ¥64,000，数据备份与安全加固 ¥42,000。
（2）服务费按季度支付。每季度结束后，甲方依据第五条考核结果在15个工作日内支付当季服务费¥102,000，并扣除依第四条应扣减的金额。
（3）本合同不设预付款。

第四条 服务水平
（1）业务管理系统工作时间月可用率不低于99.95%。
（2）故障分级响应：一级故障（系统整体不可用或数据异常）15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内解决。
（3）月可用率每低于承诺值0.01个百分点扣减服务费¥1,000；一级故障响应或恢复每超时30分钟扣减¥500；驻场人员无故缺勤每日扣减¥800。
（4）乙方每月5日前提交上月运维报告，列明可用率、故障及处理情况。

第五条 考核与验收
（1）季度考核：甲方按磋商文件所附考核表，对可用率、故障处理时效、巡检及报告完成情况、用户满意度进行评分，85分以上为合格。
（2）服务期满时，乙方提交全年运维总结、系统配置及变更清单、备份恢复演练记录，经甲方核对无误且全部季度考核合格后，出具年度服务验收报告。
（3）乙方进场后20日内应完成系统现状评估并提交运维方案，经甲方确认后执行。

第六条 数据安全
（1）系统内的鉴定案卷、当事人个人信息、鉴定意见书等全部数据属于甲方，乙方不得查阅与运维无关的案卷内容，不得复制、留存或向任何第三方提供。
（2）乙方人员须签署个人承诺书，运维操作须通过甲方堡垒机进行并全程记录；禁止使用移动存储介质拷贝数据。
（3）发生数据泄露、丢失、篡改等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政、法律责任。

第七条 保密
（1）乙方对履行合同过程中知悉的司法鉴定业务信息、当事人隐私及甲方内部管理信息负有保密义务，保密期限不因合同终止而终止。

第八条 知识产权
（1）乙方在服务期内形成的运维文档、巡检报告、脚本及文书模板的知识产权归甲方所有。

第九条 分包
（1）乙方不得将本合同服务分包或转包给第三方。

第十条 违约责任
（1）乙方未按第五条第（3）项按期提交运维方案，或未按期完成升级适配任务的，每逾期一日按合同总价的千分之一支付违约金。
（2）季度考核不合格的，甲方有权扣减当季服务费的10%；连续两个季度不合格的，甲方有权解除合同。
（3）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
（4）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 服务交接
（1）合同终止时，乙方应向甲方或甲方指定的新服务商完整移交账号、配置、文档，并在移交完成后删除所持有的全部甲方数据。

第十二条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，向抚州仲裁委员会申请仲裁。

第十三条 服务人员要求
（1）驻场工程师应具有计算机相关专业大专以上学历、3年以上政务或司法行业系统运维经验，并持有数据库或操作系统相关认证；乙方应在合同签订后5日内提交人员简历及证书，经甲方确认后进场。
（2）驻场工程师须遵守甲方考勤、保密及出入管理制度，因休假等原因不能到岗的，乙方应提前安排经甲方认可的替岗人员。
（3）乙方更换驻场工程师的，应提前10个工作日书面告知甲方并取得甲方同意，并完成不少于5个工作日的交接。
（4）甲方认为驻场人员不能胜任的，有权要求乙方更换，乙方应在7日内更换。

第十四条 变更管理
（1）对系统配置、数据库结构、文书模板的任何变更，乙方应事先提交变更申请，说明变更内容、影响范围和回退方案，经甲方审批后在非工作时间实施。
（2）涉及鉴定文书格式或收费标准的变更，上线前应由甲方业务科室在测试环境中确认。
（3）紧急变更可先行实施，但乙方应在实施后24小时内补办审批手续并提交变更报告。

第十五条 不可抗力
（1）因不可抗力致使一方不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供有关证明。在不可抗力影响范围内，受影响一方不承担违约责任。

第十六条 运维交付物
（1）乙方应在服务期内按时提交下列交付物：运维方案、月度运维报告、季度数据库健康检查报告、漏洞修补记录、备份恢复演练记录、变更记录、年度运维总结。
（2）上述交付物应真实、完整，由乙方项目负责人签字并加盖乙方公章；甲方有权抽查乙方的运维记录和日志，乙方应予以配合。
（3）服务期届满或合同解除时，乙方应将系统账号、口令、配置文件、脚本和全部运维文档移交甲方，并协助新服务商完成不少于10个工作日的交接。

（4）乙方应配合甲方接受上级主管部门及网络安全监管部门的检查，按要求提供运维记录和整改材料，所需工作包含在服务费内。

第十七条 其他
（1）磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份。

甲方（盖章）：临川市司法鉴定中心　　代表：________　　日期：2026年6月　日
乙方（盖章）：赣信数智科技有限公司　　代表：________　　日期：2026年6月　日
"""

H398Z05 = """# 软件许可及实施服务合同（标准文本）

**云织MES标准合同 YZ-MES-2025版**

合同编号：YZ-2026-MES-0315

甲方（用户）：蒙自滇南米线食品有限公司
地址：云南省红河州蒙自市经济技术开发区雨过铺路16号

乙方（供方）：昆明云织智造软件有限公司
地址：云南省昆明市五华区学府路745号

甲方拟对其米线生产线实施制造执行系统（MES），乙方为云织MES的开发商。双方在平等自愿基础上，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云织MES软件（标准版，覆盖3条米线生产线）的永久使用许可。

1.2 乙方根据甲方需求定制开发以下内容：配料称量防错模块、浸泡/磨浆/熟化/挤丝/烘干工艺参数监控模块、批次追溯模块，以及与甲方用友ERP和电子秤、温湿度仪表的接口。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云织MES软件许可（标准版，3条产线，永久） | 660,000 |
| 2 | 定制开发（工艺模块、追溯模块、接口） | 262,000 |
| 3 | 安装部署、初始化及培训 | 58,000 |
| | 合计 | 980,000 |

合同总价为人民币玖拾捌万元整（¥980,000），含13%增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，计¥490,000。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价的25%，计¥245,000。

3.3 系统上线运行后5个工作日内，甲方支付合同总价的25%，计¥245,000。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施及服务。

## 第四条 实施进度

4.1 乙方在收到首付款后开始实施，计划在90日内完成上线。因甲方现场条件、需求变更或配合不及时造成的延误，实施期相应顺延。

4.2 乙方应尽力按计划完成实施，如出现延误，双方协商调整计划。

## 第五条 上线与验收

5.1 乙方完成安装部署和数据初始化后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的新需求，按变更处理，另行计费。

## 第六条 免费维护与售后服务

6.1 自系统上线之日起6个月为免费维护期，乙方在此期间免费修复软件缺陷并提供远程技术支持。

6.2 免费维护期内，甲方报告一级故障（生产线无法记录批次或系统整体无法登录）的，乙方在8小时内响应；二级故障在2个工作日内响应。乙方以远程方式为主处理故障，必要时派员到场，差旅费由甲方承担。

6.3 乙方将按上述时限尽力处理故障，但不就响应或修复时间承担扣款、赔偿或违约金。

6.4 免费维护期满后，甲方应购买年度维护服务，每个服务年度的维护费为软件许可费的28%，即¥184,800，维护合同按服务年度签订。未购买年度维护服务的，乙方不再提供升级及技术支持。

## 第七条 知识产权

7.1 云织MES软件及乙方为本合同定制开发的工艺模块、追溯模块、接口程序及其源代码、文档的全部知识产权归乙方所有。

7.2 甲方在本合同项下仅获得在自身生产场所内使用上述软件及定制内容的非独占、不可转让的使用权，不得修改、反编译，不得交由第三方维护或二次开发。

## 第八条 数据

8.1 甲方在系统中产生的生产、配方、批次及质量数据归甲方所有。

8.2 乙方应对系统采取账号权限管理、传输加密和数据库定期备份措施；乙方运维人员仅在甲方授权范围内访问系统。发生数据泄露或丢失的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方依法承担赔偿责任。

8.3 甲方同意，乙方可对甲方的工艺参数、生产及能耗数据进行脱敏处理后，用于乙方产品改进、行业工艺模型训练及食品行业分析报告。

## 第九条 保密

9.1 双方对在合作中获得的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失或停产损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十二条 争议解决

12.1 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 甲方配合义务

13.1 甲方应为乙方实施人员提供必要的工作场所、网络环境和服务器，并指定项目联系人，负责组织需求确认、数据准备和用户培训。

13.2 甲方应按乙方提供的格式准备物料编码、配方、工艺路线、设备清单等基础数据，并对其准确性负责。

13.3 甲方应保证现场电子秤、温湿度仪表具备数据通讯接口，相关硬件及布线由甲方自行采购。

## 第十四条 培训

14.1 乙方为甲方提供管理员培训和操作员培训各一期，管理员培训不超过5人，操作员培训不超过30人，培训地点在甲方工厂。

14.2 超出上述人数或期数的培训，按乙方当年培训收费标准另行计费。

## 第十五条 不可抗力

15.1 因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，免除相应责任。

15.2 因政策调整、甲方工厂停产或搬迁导致实施中断的，已支付款项不予退还，乙方已完成的工作按合同价款结算。

## 第十六条 通知

16.1 双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目联系人的电子邮箱，发出后次日视为送达。

## 第十七条 系统环境

17.1 系统运行所需的服务器、数据库软件、操作系统及网络设备由甲方自行准备，配置应满足乙方提供的部署要求。因甲方环境不满足要求导致的性能问题，不属于软件缺陷。

17.2 系统上线后，甲方应安排专人负责日常数据录入、账号管理和数据备份，并保持现场设备通讯正常。

17.3 甲方自行修改系统配置或数据库造成的故障，乙方协助处理时按人天另行收费。

## 第十八条 其他

18.1 本合同为乙方标准文本，经双方签字盖章后生效。本合同一式两份，双方各执一份。

甲方（盖章）：蒙自滇南米线食品有限公司　　代表签字：________　　日期：2026年　月　日

乙方（盖章）：昆明云织智造软件有限公司　　代表签字：________　　日期：2026年　月　日
"""

H398E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FSLY-SW-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Shunde Linyue Furniture Workshop Co., Ltd., a company registered in Foshan, Guangdong Province, People's Republic of China, with its address at 12 Longzhou Road, Lunjiao, Shunde District, Foshan (the "Customer"), and Arenal Diseño Digital S.A., a company registered in Costa Rica with its principal office at Edificio Cafetal, Avenida 4, Heredia, Costa Rica (the "Vendor").
P:Recitals. (A) The Vendor develops and licenses FormaCad, a furniture design and production-drawing software with parametric cabinet libraries, rendering and CNC output. (B) The Customer designs and manufactures solid-wood and panel furniture and wishes to replace its present drawing tools with FormaCad for its design office and its CNC workshop. (C) At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means FormaCad version 9 in object code, including the rendering module and the CNC output module, and all updates released during the Warranty Period or a paid maintenance period.
P:1.2 "Custom Deliverables" means the Customer-specific cabinet and wardrobe template library, the post-processors written for the Customer's four CNC machining centres, and the label and cutting-list formats, each as described in Annex 2.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for its own business in the People's Republic of China, for 24 named-user seats and 4 floating network seats.
P:2.2 The Customer may make backup copies and may move a seat from one workstation to another by deactivating it first. The Customer shall not decompile or resell the Licensed Software, except as permitted by mandatory law.
H:Article 3 Prices
P:3.1 The prices are fixed and include all taxes, duties and costs of delivery:
P:(a) Named-user perpetual licences, 24 seats at CNY 38,500 each: CNY 924,000.
P:(b) Floating network perpetual licences, 4 seats at CNY 52,000 each: CNY 208,000.
P:Licence Subtotal: CNY 1,132,000.
P:(c) Template library and CNC post-processor customisation: CNY 186,000.
P:(d) Training (designers, CNC programmers and administrators): CNY 42,000.
P:Total Contract Price: CNY 1,360,000.
P:3.2 No further charge is payable during the Warranty Period for updates, corrections or support.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Total Contract Price (CNY 272,000) within 15 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Total Contract Price (CNY 612,000) within 20 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Licensed Software is installed and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Total Contract Price (CNY 476,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Licensed Software on the Customer's workstations and licence server in Shunde within 30 days after signature and deliver the Custom Deliverables within 90 days after signature.
P:5.2 Acceptance tests are carried out jointly on the Customer's premises. Final Acceptance requires that: (a) all 28 seats are activated and the licence server allocates floating seats correctly; (b) the template library reproduces the 60 reference products listed in Annex 2 with correct dimensions and materials; (c) each of the four CNC machining centres cuts three reference parts from post-processor output without manual editing, within the tolerance of 0.1 mm; (d) cutting lists and labels match the Customer's formats; and (e) the Customer has used the system in production for 20 working days without a Severity 1 fault.
P:5.3 The Customer shall sign the Final Acceptance Certificate within 7 days after the criteria are met or give written reasons for refusal. Installation, use in production or any payment is not acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to meet a date in Article 5.1, it shall pay the Customer liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to 8% of the Total Contract Price. If the delay exceeds 45 days, the Customer may terminate under Article 13.
H:Article 7 Warranty and Support
P:7.1 The Warranty Period is 18 months from Final Acceptance. During it the Vendor shall correct defects in the Licensed Software and the Custom Deliverables free of charge and provide all updates.
P:7.2 Support is given by telephone, remote session and, where needed, a visit by the Vendor's Guangzhou partner engineer. Severity 1 (no seat can be used, or CNC output is wrong) shall be responded to within 2 hours and worked on continuously; Severity 2 within 8 business hours; Severity 3 within 2 business days.
P:7.3 For each full hour by which the response to a Severity 1 fault is late, the Vendor shall credit the Customer CNY 600.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual maintenance (updates and support as in Article 7) at 11% of the Licence Subtotal, that is CNY 124,520 per Maintenance Year. This fee is fixed for the first three Maintenance Years.
P:8.2 Maintenance is ordered by a purchase order for each Maintenance Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor.
P:9.2 The Custom Deliverables, including the source files of the post-processors and templates, become the property of the Customer upon payment under Article 4.3. The Customer may use, modify and license them to others freely, including to another software supplier.
H:Article 10 Customer Data
P:10.1 The Customer's drawings, product models, price data and production files ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement.
P:10.2 The Vendor shall access the Customer's systems only through the remote-access tool approved by the Customer, for each session with the Customer's consent, and shall not copy Customer Data out of the Customer's systems. It shall apply reasonable technical and organisational security measures.
P:10.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any loss or unauthorised disclosure of Customer Data and shall be liable for the damage caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the information of the other party received under this Agreement, including product designs, prices and the Vendor's non-public technical information, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Articles 10 and 11.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for the parts of the work not accepted.
H:Article 14 Subcontracting
P:14.1 The Vendor's Guangzhou partner named in Annex 3 is approved by signature of this Agreement. Any other subcontractor requires the Customer's prior written consent.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Costa Rica.
P:15.2 Any dispute shall be settled by arbitration under the rules of the Conciliation and Arbitration Centre of the Costa Rican Chamber of Commerce, seated in San José, in English.
H:Article 16 Project Organisation
P:16.1 Each party shall appoint a project manager within 7 days after signature. The Vendor's project manager shall speak Chinese or be accompanied by an interpreter provided by the Vendor at its own cost, and shall attend a weekly progress meeting with the Customer, in person or by video.
P:16.2 The Vendor shall provide a project plan within 10 days after signature, showing installation, template and post-processor work, testing and training, and shall update it every two weeks.
P:16.3 The Customer shall provide workstations that meet the minimum specification in Annex 1, network access for licence activation, reference drawings for the 60 reference products and access to its CNC machining centres at agreed times.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. The dates in Article 5 are extended by the period of the delay.
P:17.2 If such an event prevents performance for more than 90 days, either party may terminate this Agreement by written notice, and the Vendor shall refund the amounts paid for work not delivered.
H:Article 18 General
P:18.1 This Agreement and its Annexes are the entire agreement. Amendments must be in writing and signed by both parties. Annex 1: Licensed Software description. Annex 2: Custom Deliverables and reference products. Annex 3: Approved partner.
P:For the Customer: ____________________  Date: ____________
P:For the Vendor: ____________________  Date: ____________
"""

H398E02 = """# ORDER FORM — BAHIATICKET ONLINE BOOKING SERVICE

**Order Form No. BT-CN-2026-0042**, issued under and incorporating the BahiaTicket General Terms set out below.

| | |
|---|---|
| Provider | BahiaTicket S.R.L., Calle El Sol 58, Santiago de los Caballeros, Dominican Republic |
| Customer | Zhoushan Haixing Ferry Co., Ltd., 88 Banzhu Road, Dinghai District, Zhoushan, Zhejiang, People's Republic of China |
| Service | BahiaTicket online booking, ticketing and boarding service for passenger and vehicle ferries |
| Subscription Term | Two Subscription Years from the Service Start Date |
| Service Start Date | The date of Go-Live Acceptance under item 6 |
| Currency | Chinese yuan (CNY), at the Customer's request |

## 1. Background

The Customer operates passenger and vehicle ferry routes between Zhoushan Island and six outlying islands, with eleven ticket offices and about 1.9 million passenger trips a year. It wishes to sell tickets through a WeChat mini-program, its website and its ticket offices from one booking system, with real-time seat and deck-space inventory and QR-code boarding at every pier. The Provider offers that service as a hosted subscription and agrees to provide it on the terms of this Order Form.

## 2. Services ordered

2.1 Booking engine for 14 routes, including seasonal timetables, fare classes, vehicle deck-space booking and group bookings.

2.2 WeChat mini-program and web booking pages in the Customer's branding, connected to the Customer's merchant accounts with WeChat Pay and Alipay.

2.3 Ticket-office module for eleven ticket offices, and 36 handheld QR-code boarding scanners supported by the service (the scanners are bought by the Customer separately).

2.4 Passenger manifest export to the maritime authority's reporting format, and daily settlement reports.

## 3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 264,000 per Subscription Year × 2 | 528,000 |
| Onboarding (configuration, fare and route set-up, data import, training) | one-time | 46,000 |
| Total fees under this Order Form | | 574,000 |

3.1 The subscription fee includes up to 650,000 bookings per Subscription Year. Additional bookings are charged at CNY 0.08 per booking, invoiced quarterly in arrears.

3.2 The subscription fee is invoiced quarterly in arrears (CNY 66,000 per quarter) and payable within 20 days after receipt of a valid invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable in advance.

## 4. Onboarding plan

4.1 The Provider shall complete configuration, route and fare set-up, import of the Customer's frequent-traveller records and the training of ticket-office staff within 50 days after signature of this Order Form.

4.2 If Go-Live Acceptance is delayed by the Provider beyond that date, the Provider shall pay the Customer CNY 450 for each day of delay, up to CNY 30,000.

## 5. Renewal

5.1 The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 6. Go-Live Acceptance

6.1 Go-Live Acceptance requires that: (a) all 14 routes and fare classes are bookable in the mini-program, on the website and at every ticket office; (b) 300 test bookings, refunds and changes reconcile with the payment providers' statements without difference; (c) the boarding scanners validate tickets at every pier, also offline for up to 2 hours with later synchronisation; (d) a load test of 2,000 concurrent bookings completes with page responses under 3 seconds; and (e) a passenger manifest is accepted by the maritime authority's test system.

6.2 The Customer shall confirm Go-Live Acceptance in writing within 5 business days after the criteria are met, or state what is missing. Selling tickets to the public is not Go-Live Acceptance.

## 7. Service levels

7.1 The Provider shall make the booking service available 99.5% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 00:30 and 04:30 China Standard Time.

7.2 Severity 1 incidents (no tickets can be sold or no passenger can board) shall be responded to within 30 minutes, 24 hours a day, and restored within 3 hours. Severity 2 incidents shall be responded to within 2 hours during 06:00 to 22:00.

7.3 If monthly availability falls below the level in 7.1, the Provider shall credit 5% of that quarter's subscription fee for each full 0.5 percentage point of shortfall, up to 25%. A late Severity 1 response earns a credit of CNY 1,000 per incident.

7.4 The Provider shall send a monthly service report showing availability, incidents and credits.

# GENERAL TERMS (forming part of Order Form BT-CN-2026-0042)

## Section 1 Customer Data

1.1 All data entered into or generated by the service for the Customer, including passenger names, identity-document numbers, vehicle plates, bookings and payment records ("Customer Data"), belongs to the Customer.

1.2 The Provider processes Customer Data to provide the service and as permitted in 1.3.

1.3 The Customer grants the Provider a perpetual licence to use Customer Data in aggregated and de-identified form to improve its services, to train its demand-forecasting models and to publish travel-demand benchmarks for the ferry and tourism industry. This licence survives the end of the Subscription Term.

## Section 2 Data Security

2.1 The service for the Customer is hosted on Alibaba Cloud in its Hangzhou region, People's Republic of China, and Customer Data is not transferred outside mainland China. The Provider maintains ISO 27001 certification and an MLPS level 3 filing for the service, encrypts identity-document numbers at rest and all data in transit, and restricts access to named staff with multi-factor authentication.

2.2 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall cooperate with the Customer's notifications to regulators and passengers, and shall bear the losses and costs caused by an incident for which it is responsible.

## Section 3 Confidentiality

3.1 Each party shall keep confidential the other party's non-public business and technical information and use it only under this Order Form, during the Subscription Term and for three years afterwards.

## Section 4 Intellectual Property

4.1 The Provider owns the booking platform. The Customer's branding, content, mini-program pages designed for the Customer and its fare and route configuration belong to the Customer, which may use and modify them and let another provider use them.

## Section 5 Subcontracting

5.1 Alibaba Cloud is approved as hosting provider by signature of this Order Form. The Provider shall not subcontract any other part of the service without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 6 Liability

6.1 Each party's total liability under this Order Form is limited to two times the total fees under this Order Form. This limit does not apply to breach of Sections 1, 2 or 3 or to wilful misconduct.

## Section 7 Termination

7.1 Either party may terminate this Order Form by written notice if the other commits a material breach not remedied within 30 days after notice.

7.2 On termination or expiry, the Provider shall export all Customer Data in CSV format within 15 days and then delete it.

## Section 8 Law and Disputes

8.1 This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 9 Customer Obligations

9.1 The Customer shall provide timetables, fares, route data and its frequent-traveller records in the formats agreed during onboarding, appoint a project lead with authority to approve configurations, and make ticket-office staff available for training.

9.2 The Customer is responsible for its merchant agreements with WeChat Pay and Alipay, for the boarding scanners and for the network connections at its piers and ticket offices.

## Section 10 Changes to the Service

10.1 The Provider may improve the service from time to time, but shall not reduce the functions ordered in this Order Form or the service levels in item 7 during the Subscription Term.

10.2 The Provider shall give the Customer at least 14 days' notice of any change to the mini-program or ticket-office screens that affects passengers or staff, and shall provide a test environment in which the Customer can check the change before release.

## Section 11 Force Majeure

11.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, natural disasters or government orders, if it notifies the other party promptly. Failures of the Provider's own hosting or software are not force majeure events.

11.2 If a force majeure event prevents the service for more than 30 consecutive days, either party may terminate this Order Form by written notice, and fees stop from the first day of the event.

## Section 12 Notices

12.1 Notices under this Order Form are given in writing to the addresses above and by e-mail to each party's contract manager. Operational messages may be sent through the support portal.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

H398E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE SENSORS AND IRRIGATION CONTROLLERS
P:Contract No. SGLY-EQ-2026-019
P:Buyer: Shouguang Lvyuan Greenhouse Vegetable Co., Ltd., 166 Shengcheng Street, Shouguang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Agrosensa Altiplano S.A., 14 Avenida 5-30, Zona 3, Quetzaltenango, Guatemala (the "Supplier").
P:Whereas the Buyer operates 96 solar greenhouses and two glasshouses for tomatoes, cucumbers and peppers and wishes to measure soil moisture and climate and to control drip irrigation and fertigation automatically; and whereas the Supplier manufactures field sensors, irrigation controllers and the AgroVista monitoring software and has offered them in response to the Buyer's request for quotation of 2 March 2026; the parties agree as follows. This contract is the Buyer's standard form. All prices are in Chinese yuan (CNY).
H:1. Definitions
LN:"Equipment" means the sensors, climate stations, controllers and gateways listed in the price table in Clause 2.
LN:"Software" means the AgroVista monitoring software, perpetual licence for the Buyer's sites, including the Buyer-specific dashboards and irrigation rules configured under this contract.
LN:"Final Acceptance" means the Buyer's written confirmation under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software at the Buyer's greenhouses in Shouguang and train the Buyer's staff. The prices below are fixed and include packing, shipment, import duties, taxes, installation and all services during the Warranty Period.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, three depths|320|1,150|368,000
TB:2|Greenhouse climate station (air temperature, humidity, light, CO2)|24|8,600|206,400
TB:3|Drip irrigation and fertigation controller, 8 valves|48|6,250|300,000
TB:4|LoRa gateway with 4G backhaul|12|4,800|57,600
TB:5|AgroVista monitoring software, perpetual licence|1|138,000|138,000
TB:|Equipment and Licence Subtotal|||1,070,000
TB:6|Installation, calibration and commissioning|1 lot||96,000
TB:7|Training of growers and technicians|1 lot||14,000
TB:|Contract Price|||1,180,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 118,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 649,000) within 20 days after the Buyer signs the Installation Certificate. The Installation Certificate confirms that the Equipment is delivered and installed; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 413,000) within 20 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Shouguang within 70 days after signature (DAP Shouguang, Incoterms 2020) and complete installation within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 After installation the Supplier shall calibrate every sensor against reference measurements taken by the Buyer's agronomist and record the results.
P:5.2 Final Acceptance requires that: (a) every soil sensor reads within ±3% volumetric water content of the reference method; (b) climate stations read within ±0.5 °C and ±5% relative humidity of a calibrated reference; (c) every controller opens and closes each valve on schedule and on sensor-based rules during a 21-day trial run; (d) data from all devices reach the Software with no gap longer than 30 minutes during the trial run; and (e) the Buyer's staff have completed training.
P:5.3 The Buyer shall confirm Final Acceptance in writing within 7 days after the criteria in 5.2 are met, or state the defects. Installation, use of the Equipment or any payment is not Final Acceptance.
H:6. Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including shipping and customs costs.
P:6.2 A Critical Fault is a failure that stops irrigation in one or more greenhouses or stops data from a whole gateway. The Supplier shall respond to a Critical Fault within 1 hour, restore irrigation control within 12 hours through its service partner in Weifang, and keep spare controllers and gateways in Shouguang. Other faults shall be responded to within one business day.
P:6.3 For each full hour by which the response to a Critical Fault is late, the Supplier shall pay the Buyer CNY 400, and for each day by which restoration is late, CNY 1,500.
P:6.4 After the Warranty Period the Supplier shall offer support at 7.5% of the Equipment and Licence Subtotal per Support Year, that is CNY 80,250, fixed for the first three Support Years. Support is ordered by the Buyer for each Support Year and does not renew automatically.
H:7. Buyer Data
P:7.1 All data collected by the Equipment and the Software, including crop, irrigation, fertiliser and yield data and greenhouse maps, belong to the Buyer and may be used by the Supplier only to perform this contract.
P:7.2 The Software shall run on the Buyer's own server. The Supplier shall access it only by a remote session approved by the Buyer each time, with individual accounts and logs, and shall not copy data out of the Buyer's systems. Gateways shall use encrypted transmission and changed default passwords.
P:7.3 The Supplier shall report any security incident affecting Buyer data within 12 hours and is liable for the losses caused by its breach of this Clause.
H:8. Intellectual Property
P:8.1 The dashboards, irrigation rules, reports and configuration made for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by a third party. The Software product and device firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this contract, including growing methods, yields and prices, and shall not disclose it without prior written consent, during this contract and for three years afterwards.
H:10. Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 7 and 9.
H:11. Subcontracting
P:11.1 The Supplier's service partner in Weifang named in Annex 2 is approved by signature of this contract. Any other subcontracting requires the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:14. Technical Documents and Training
P:14.1 With the Equipment the Supplier shall deliver, in Chinese and English, the installation manual, wiring diagrams, calibration records, valve and sensor maps of every greenhouse, the user manual of the Software and a list of recommended spare parts with prices.
P:14.2 The Supplier shall train ten growers in the use of the dashboards and irrigation rules and four technicians in installation, calibration, battery replacement and gateway configuration. Training is given in Chinese at the Buyer's site and is complete when each trainee has passed a practical test set by the Buyer's agronomist.
H:15. Spare Parts and Product Life
P:15.1 The Supplier shall keep spare parts and replacement devices compatible with the Equipment available for sale to the Buyer for at least seven years after Final Acceptance. If a device is discontinued, the Supplier shall offer a compatible replacement at no higher price and shall give the Buyer six months' notice.
P:15.2 Firmware updates that correct defects or security weaknesses shall be provided free of charge during the Warranty Period and any support period.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, if it notifies the other party within 7 days and takes reasonable steps to limit the effect. Delays of carriers or of the Supplier's own suppliers are not force majeure unless they are themselves caused by such an event.
P:16.2 If such an event prevents performance for more than 60 days, the Buyer may terminate this contract, and the Supplier shall refund the amounts paid for Equipment not delivered.
H:17. Insurance and Packing
P:17.1 The Supplier shall insure the Equipment for 110% of its value until delivery to the Buyer's warehouse and shall pack it for sea and road transport so that it arrives undamaged and dry. Damaged or missing items found on unpacking shall be replaced within 20 days at the Supplier's cost, and the installation dates in Clause 4.1 are not extended for that reason.
P:17.2 The Supplier shall hold public liability insurance covering work at the Buyer's greenhouses.
H:18. Miscellaneous
P:18.1 This contract is made in English and Chinese; both versions are equally valid. Annex 1: Technical specifications. Annex 2: Service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H398E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SZSM-MSP-2026-07

**Between** Suzhou Silk Heritage Museum, a public museum with its address at 2001 Renmin Road, Gusu District, Suzhou, Jiangsu Province, People's Republic of China (the "Customer"),

**and** Blue Mountain Systems Limited, a company incorporated in Jamaica with its registered office at 21 Fort Street, Montego Bay, St James, Jamaica, acting in China through its technical office in Suzhou Industrial Park (the "Supplier").

**Background.** The Customer runs its galleries, ticketing, collection database, visitor Wi-Fi and back office on about 180 end-user devices, 14 servers and a network spread over three buildings. It has decided to outsource the day-to-day management of this environment. The Supplier provides managed IT services to museums and cultural institutions and has been selected after a comparison of three offers. All charges are stated and paid in Chinese yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement" means the date on which the Customer signs the Service Commencement Certificate under Clause 4.

1.3 "Initial Term" means 24 months from Service Commencement.

1.4 "Priority 1 Incident" means an incident that stops ticketing, the collection database or the network of a whole building.

## 2. TERM

2.1 This Agreement starts on signature. The Services are provided for the Initial Term and end on its expiry unless the parties agree an extension in writing. There is no automatic renewal.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. They are fixed for the Initial Term.

3.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Service Commencement. The Customer pays each correct invoice within 30 days. No charge is payable in advance.

3.3 The Supplier may not charge for work that is within the Services. Additional work requires a written change order signed by both parties before it starts.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 Within 45 days after signature the Supplier shall take over the environment from the Customer's current support staff: document all devices, servers, network equipment and accounts; install its monitoring agents; set up the service desk; and agree runbooks with the Customer.

4.2 Service Commencement requires that: (a) the asset register covers every device and has been checked by the Customer on a 10% sample; (b) monitoring covers all servers and network devices; (c) backup of every server has been tested by a successful restore; (d) the service desk has handled test tickets at each priority within the target times; and (e) the runbooks for ticketing, the collection database and visitor Wi-Fi are approved by the Customer.

4.3 The Customer shall sign the Service Commencement Certificate within 5 working days after the criteria are met or give written reasons. Taking over support calls is not Service Commencement.

4.4 If Service Commencement is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 800 for each day of delay, up to CNY 24,000.

## 5. SERVICE LEVELS

5.1 The Supplier shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the service credits in Schedule 2 apply. Credits are deducted from the next invoice.

## 6. CUSTOMER DATA

6.1 All data held in the Customer's systems, including collection records, images, visitor and ticketing data and staff data, remains the property of the Customer.

6.2 The Supplier shall use Customer data only as necessary to provide the Services.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that it receives under this Agreement and that is marked or obviously confidential, and shall not disclose it to any third party without the other party's prior written consent, except to its own staff who need it for this Agreement or where required by law.

7.2 This Clause continues for three years after the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, asset registers, network diagrams, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and hand them to a successor supplier. The Supplier's own tools and monitoring software remain its property.

## 9. SUBCONTRACTING

9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 The Supplier's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limit in 10.1 does not apply to personal injury or wilful misconduct.

## 11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after notice, or if service credits reach the maximum in Schedule 2 in three consecutive months.

11.2 On expiry or termination the Supplier shall provide exit assistance for up to 30 days: hand over all documents, passwords and configurations to the Customer or a successor and remove its agents.

## 12. STAFF AND SITE RULES

12.1 The Supplier shall assign engineers with experience in supporting public institutions and provide their names and qualifications to the Customer before Service Commencement. The Supplier shall not replace the on-site engineer without giving the Customer at least 10 working days' notice and arranging a handover, except for illness or resignation.

12.2 The Supplier's staff shall follow the museum's rules on security, conservation areas, opening hours and visitor safety, and shall work in galleries and storerooms only with the Customer's escort. The Customer may require the removal of any member of the Supplier's staff who breaches those rules.

## 13. GOVERNANCE AND CHANGES

13.1 The parties shall hold a monthly service meeting to review the service report, open incidents, planned changes and exhibitions that need extra support. A quarterly review meeting shall consider improvements and the asset plan for the following quarter.

13.2 Any change to servers, the network or ticketing that may affect visitors shall be planned in advance, approved by the Customer and carried out outside opening hours unless the Customer agrees otherwise.

13.3 The Supplier shall keep the asset register, network diagrams and runbooks up to date after every change and make the current versions available to the Customer at all times through the service portal.

13.4 Twice a year the Supplier shall give the Customer a written recommendation on devices that are near the end of their support life, with a proposed replacement plan and budget estimate for the Customer's consideration.

## 14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 15. GENERAL

15.1 This Agreement, with its Schedules, is the entire agreement between the parties. Changes must be in writing and signed by both parties. Notices are given in writing to the addresses above.

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Chinese and English, 08:00–20:00 every day the museum is open, phone, e-mail and portal |
| On-site support | One engineer on site on opening days; second engineer for exhibitions and events on request |
| End-user devices | 180 PCs, laptops and gallery terminals: set-up, patching, antivirus, replacement from Customer stock |
| Servers | 14 servers: monitoring, patching, capacity reports, backup and restore tests |
| Network | Core and building switches, firewall, visitor Wi-Fi: monitoring, changes, firmware |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution |
|---|---|---|---|
| Priority 1 | ticketing, collection database or a whole building's network down | 30 minutes | 3 hours |
| Priority 2 | one gallery system, one server or visitor Wi-Fi down | 1 hour | 8 hours |
| Priority 3 | one user or device affected | before the next opening day | 2 business days |

| Measure | Target | Credit if missed |
|---|---|---|
| Core network and server availability, monthly | 99.95% | 5% of the monthly service charge |
| Priority 1 response and resolution | each incident within target | CNY 1,000 per incident |
| Monthly service report | by the 5th working day | CNY 500 |

Total credits in any month are limited to 20% of that month's service charge.

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (Clause 4) | one-time | 52,000 |
| Monthly service charge | CNY 38,500 × 24 months | 924,000 |
| Total charges for the Initial Term | | 976,000 |

Signed for the Customer: ____________________ Date: __________

Signed for the Supplier: ____________________ Date: __________
"""

H398E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. GZCG-API-2026-11

THIS AGREEMENT is made between:

(1) Ganzhou Chenggu Navel Orange Packing Co., Ltd., a company registered in the People's Republic of China, of 36 Xinfeng Industrial Park, Xinfeng County, Ganzhou, Jiangxi Province ("Customer"); and

(2) Datos del Valle de Sula S. de R.L., a company registered in Honduras, of Edificio Torre Sula, 3a Avenida, Barrio Los Andes, San Pedro Sula, Honduras ("Provider").

RECITALS

(A) Provider operates the SulaFeed API, which delivers weather forecasts, crop-condition indices and wholesale and export price data for citrus and other fresh produce in Latin America, Asia and Europe.

(B) Customer packs and exports navel oranges and wishes to use the API in its own grading, pricing and shipment-planning systems.

(C) At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

The parties agree as follows.

SECTION 1. DEFINITIONS

1.1 "API" means the SulaFeed application programming interface, its endpoints, documentation and the data delivered through it ("Provider Data").

1.2 "Subscription Term" means three Subscription Years starting on the Service Start Date, each Subscription Year running from the Service Start Date or its anniversary.

1.3 "Service Start Date" means the date of Integration Acceptance under Section 4.

1.4 "Customer Query Data" means all data Customer sends to the API, including orchard locations, grade and size specifications, shipment volumes and destinations, and the results returned for them.

SECTION 2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from Customer's systems and to use Provider Data internally, including in reports to Customer's directors, banks and insurers.

2.2 The subscription includes the Professional plan: 14 price markets, daily weather forecasts for 40 orchard locations, weekly crop-condition indices, and up to 2,000,000 API calls per Subscription Year.

2.3 Customer shall not resell Provider Data or publish it in bulk.

SECTION 3. FEES AND PAYMENT

3.1 Fees:
    (a) Subscription fee: CNY 186,000 per Subscription Year, for three Subscription Years: CNY 558,000.
    (b) Integration onboarding (mapping of Customer's grades and markets, test environment, two workshops): one-time CNY 24,000.
    Total fees: CNY 582,000.

3.2 API calls beyond the yearly allowance are charged at CNY 0.12 per call and invoiced quarterly in arrears.

3.3 The subscription fee is invoiced quarterly in arrears (CNY 46,500 per quarter). The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. No fee is payable in advance.

3.4 Fees are fixed for the Subscription Term.

SECTION 4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 30 days after signature Provider shall deliver test credentials, the mapping of Customer's 11 export grades and 14 target markets, and production credentials.

4.2 Integration Acceptance requires that: (a) all endpoints in the Professional plan return data for Customer's mapped grades, markets and orchard locations; (b) five days of price data reconcile with the published wholesale-market reports named in the documentation; (c) Customer's systems have retrieved data on ten consecutive working days without error; and (d) the two workshops have been held. Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met. Use of test credentials is not Integration Acceptance.

4.3 If Provider is late in delivering the items in 4.1, it shall pay Customer CNY 350 for each day of delay, up to CNY 15,000.

SECTION 5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver Provider Data at the times stated in the documentation.

5.2 Provider will handle support requests sent to its support e-mail address and will endeavour to answer them promptly during its business hours. Provider may carry out maintenance and will try to announce it in advance.

5.3 Provider does not warrant that Provider Data is complete or error-free. Forecasts and indices are estimates.

SECTION 6. CUSTOMER QUERY DATA

6.1 Customer Query Data belongs to Customer. Provider shall process it only to provide the API to Customer and shall not use it for any other purpose, disclose it or combine it with data of other customers.

6.2 Provider shall protect Customer Query Data by encryption in transit and at rest, access limited to named support staff with individual accounts and multi-factor authentication, and logging of all access. Customer Query Data is processed on Provider's servers in Singapore and is not transferred elsewhere.

6.3 Provider shall notify Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Query Data, shall take all steps to contain it, and shall be liable for the losses Customer suffers as a result of Provider's breach of this Section 6.

6.4 At the end of the Subscription Term Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

SECTION 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the terms of this Agreement and the other party's non-public information received under it, and shall use it only for this Agreement, during the Subscription Term and for three years after it.

SECTION 8. INTELLECTUAL PROPERTY

8.1 Provider owns the API and Provider Data.

8.2 The grade and market mappings, integration scripts and report templates prepared for Customer during onboarding belong to Customer, which may use, modify and license them freely, including after the end of this Agreement.

SECTION 9. SUBCONTRACTING

9.1 Provider shall not subcontract the processing of Customer Query Data or any onboarding work without Customer's prior written consent.

SECTION 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Section 3.1. The limit does not apply to breach of Sections 6 or 7 or to wilful misconduct.

SECTION 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

11.2 The Subscription Term is a committed term. Neither party may terminate this Agreement before the end of the Subscription Term. If Provider breaches this Agreement, Customer's remedies are to require Provider to perform, to receive the amounts under Section 4.3, and to claim damages subject to Section 10.

11.3 Provider may suspend access to the API if an undisputed invoice is more than 60 days overdue, after 10 days' written notice.

SECTION 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.

SECTION 13. CUSTOMER OBLIGATIONS

13.1 Customer shall keep its API credentials secure, shall give access to them only to its own staff and contractors who build or run its systems, and shall tell Provider without delay if it believes that a credential has been compromised, so that Provider can issue a new one.

13.2 Customer shall provide the grade and size specifications, target markets and orchard locations needed for the mapping in Section 4.1 within 10 days after signature, and shall make its IT staff available for the two workshops.

13.3 Customer is responsible for its own systems, networks and the decisions it takes using Provider Data.

SECTION 14. CHANGES TO THE API

14.1 Provider may add endpoints or data fields at any time. Provider shall give Customer at least 90 days' notice before it removes an endpoint or changes a data format used by Customer, and shall keep the previous version running during that period.

14.2 Provider shall publish release notes for each change and keep the documentation up to date.

14.3 Provider shall give Customer access to a test environment with the same endpoints as production, so that Customer can check its integration before each change takes effect. Test calls do not count against the yearly allowance.

14.4 If Provider changes a data source, such as a wholesale market or weather model used to compile Provider Data, it shall describe the change in the release notes and state the date from which the new source applies, so that Customer can compare historical and new data.

SECTION 15. FORCE MAJEURE

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

15.2 Failure of Provider's own servers, software or staff is not a force majeure event.

SECTION 16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

16.2 Notices shall be given in writing to the addresses above, with a copy by e-mail.

Signed for Customer: ______________________   Name: ____________   Date: __________

Signed for Provider: ______________________   Name: ____________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, language, format, category, kind)
FILES = {
    "z01": ("h398z01_civil_affairs_boundary_marker_platform.pdf", "zh", "pdf", "software", "goods_or_licence"),
    "z02": ("h398z02_fastener_cold_heading_line_control_retrofit.docx", "zh", "docx", "hardware", "goods_or_licence"),
    "z03": ("h398z03_murder_mystery_chain_booking_saas.txt", "zh", "txt", "cloud", "service"),
    "z04": ("h398z04_forensic_centre_system_annual_om.txt", "zh", "txt", "services", "service"),
    "z05": ("h398z05_rice_noodle_mes_supplier_template.md", "zh", "md", "software", "goods_or_licence"),
    "e01": ("h398e01_furniture_design_software_licence_costa_rica.pdf", "en", "pdf", "software", "goods_or_licence"),
    "e02": ("h398e02_ferry_booking_saas_order_form_dominican.md", "en", "md", "cloud", "service"),
    "e03": ("h398e03_greenhouse_sensors_controllers_guatemala.docx", "en", "docx", "hardware", "goods_or_licence"),
    "e04": ("h398e04_museum_managed_it_service_jamaica.md", "en", "md", "services", "service"),
    "e05": ("h398e05_citrus_packer_data_api_honduras.txt", "en", "txt", "cloud", "service"),
}
SOURCES = {k: globals()["H398" + k.upper()] for k in FILES}

# Facts per draft, as I read my own texts (buyer's view). tco: (fee base, warranty months, annual fee) for goods.
T = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC")
FACTS = {
    "z01": dict(value=1750000, t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8),
                capped=True, tco=(860000, 24, 68800)),
    "z02": dict(value=2280000, t=dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                subcontract_without_consent=True), capped=True, tco=(1970000, 24, 177300)),
    "z03": dict(value=418000, t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                ld_rate_per_day_pct=300 / 418000 * 100, auto_renewal_price_increase=True)),
    "z04": dict(value=408000, t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1)),
    "z05": dict(value=980000, t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
                capped=True, ld_stated=False, deemed=True, tco=(660000, 6, 184800)),
    "e01": dict(value=1360000, t=dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Costa Rica"), capped=True, tco=(1132000, 18, 124520)),
    "e02": dict(value=574000, t=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=450 / 574000 * 100, liability_cap_pct=200)),
    "e03": dict(value=1180000, t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7.5),
                capped=True, tco=(1070000, 24, 80250)),
    "e04": dict(value=976000, t=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=800 / 976000 * 100, liability_cap_pct=6 / 24 * 100)),
    "e05": dict(value=582000, t=dict(sla_remedy=False, ld_rate_per_day_pct=350 / 582000 * 100, liability_cap_pct=150,
                termination_for_breach=False), sla=False),
}
DESIGN = {  # the rules I set out to write into each draft
    "z01": {"CR-LD-LOW", "CR-SLA-AVAILABILITY"},
    "z02": {"CR-CONFIDENTIALITY", "CR-SUBCONTRACT"},
    "z03": {"CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"},
    "z04": set(),
    "z05": {"CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"},
    "e03": set(),
    "e04": {"CR-DATA-SECURITY", "CR-LIABILITY-CAP"},
    "e05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    base, wmonths, fee = tco
    years_after = max(0.0, 5 - wmonths / 12)
    fees = fee * years_after
    return fees / (value + fees) * 100, value + fees


def label(key):
    name, lang, fmt, cat, kind = FILES[key]
    f = FACTS[key]
    terms = dict(T)
    terms.update(f["t"])
    terms["contract_kind"] = kind
    extra = {"sla_clause": f.get("sla", True), "ld_stated": f.get("ld_stated", True)}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = f["capped"]
    extra["acceptance_deemed_on_delivery"] = f.get("deemed", False)
    extra["contract_value"] = f["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


def derive_rules(lab, key):
    """My own reading of policy.md section 3 (not project code)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if "tco" in FACTS[key] and tco_share(x["contract_value"], FACTS[key]["tco"])[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear anywhere (digits, Chinese numerals, words).
ND = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAD = [
    ND + r"99\.9(?!\d)" + PCT, r"百分之九十九点九(?![一二三四五六七八九〇零])",
    ND + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十廿])[四肆]\s*(?:个)?小时",
    r"(?<![a-z-])four[\s-]+(?:business\s+|working\s+)?hours?", ND + r"240\s*(?:分钟|minutes?)",
    ND + r"0\.050*(?!\d)" + PCT, r"万分之[五伍](?![十百千〇零一二三四五六七八九])", r"千分之零点五",
    ND + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s+hundred\s+per\s*cent",
    ND + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"[三叁]成", r"thirty\s+per\s*cent",
    ND + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"fifteen\s+per\s*cent",
    ND + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"[四肆]成", r"forty\s+per\s*cent",
    ND + r"12\s*(?:个月|個月|months?\b|-month)", r"(?<![二三四五六七八九])十二个月", r"twelve[\s-]+months?",
    r"[一壹]年", ND + r"1\s*年", r"\bone[\s-]+year", ND + r"1\s*years?\b",
    ND + r"5\s*(?:年|years?\b|-year)", r"[五伍]年", r"\bfive[\s-]+years?", ND + r"60\s*(?:个月|months?\b|-month)",
    r"(?<![一二三四五六七八九])六十个月", r"sixty[\s-]+months?",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "百分之九十九点九", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "30 per cent",
            "15%", "15 %", "40%", "四成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year",
            "5年", "五年", "five years", "60 months", "5-year", "百分之十五", "百分之四十"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "0.5%", "1.5%",
             "130%", "140%", "2026年", "二十四个月", "24 hours a day", "112 months", "405%", "万分之三", "25%", "14 hours",
             "Subscription Year", "35%", "45%", "99.5%", "first three Support Years"]


def self_test():
    for s in MUST_HIT:
        assert any(r.search(s) for r in BAD_RE), ("must hit", s)
    for s in MUST_MISS:
        assert not any(r.search(s) for r in BAD_RE), ("must miss", s, [r.pattern for r in BAD_RE if r.search(s)])


def scan(text, where):
    hits = []
    variants = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    for vname, v in variants.items():
        for r in BAD_RE:
            for m in r.finditer(v):
                hits.append((where, vname, m.group(0), v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in FILES.items():
        if v[2] in ("txt", "md"):
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", v[0])
    covered, problems = set(), []
    for k, (name, lang, fmt, cat, kind) in FILES.items():
        lab = label(k)
        rules = derive_rules(lab, k)
        assert set(rules) == DESIGN[k], (k, rules, sorted(DESIGN[k]))
        covered |= set(rules)
        lab["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        # no label on a threshold
        t = lab["expected_terms"]
        for fld, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert t[fld] is None or abs(t[fld] - thr) > 1e-9, (k, fld)
        share = None
        if "tco" in FACTS[k]:
            share, total = tco_share(lab["expected_extra"]["contract_value"], FACTS[k]["tco"])
            assert abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((k, "length", n))
        for h in scan(text, name) + scan(SOURCES[k], k + " source"):
            problems.append((k, "threshold", h))
        print(f"{k} {name} {lang} len={n} {'OK' if ok else 'OUT OF RANGE'} rules={rules} risk={risk(rules)}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    compliant = [k for k in FILES if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z04"]
    assert [k for k in FILES if DESIGN[k] == {"CR-GOVERNING-LAW"}] == ["e01"]
    assert sum(1 for k in FILES if 2 <= len(DESIGN[k]) <= 3) == 6 and len(DESIGN["z05"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")
