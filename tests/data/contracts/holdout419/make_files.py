"""holdout419: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts, the ten .json labels,
reads every built file back, measures its length, scans built files and sources for threshold figures, derives each
draft's expected rules from its labels (own reading of policy.md section 3) and asserts them against the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------- z01
H419Z01 = """T:东湖市全民健身公共服务平台建设项目合同
P:合同编号：DHTY-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：东湖市体育局
P:地址：东湖市新城区体育路8号
P:乙方（供应商）：安徽云动体育科技有限公司
P:地址：合肥市高新区创新大道2200号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，甲乙双方就东湖市全民健身公共服务平台（以下简称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“云动全民健身平台”标准软件的永久使用许可，并按甲方需求定制开发公共体育场馆预约、全民健身赛事报名、国民体质监测数据对接、社会体育指导员管理四个模块。
P:1.2 平台部署在甲方指定的政务云资源上，面向市民提供微信小程序和网页两个入口，面向甲方及各场馆提供管理端。
P:1.3 乙方负责平台的安装部署、与市政务服务平台统一身份认证的对接、历史场馆数据导入以及对甲方和场馆管理人员的培训。
P:1.4 乙方应组建不少于六人的项目组，项目经理须具有同类项目经验，未经甲方同意不得更换。甲方负责提供政务云资源、场地及必要的业务资料，并指定专人配合需求确认和测试。
H:第二条 合同价款
TB:序号|项目|数量|金额（元）
TB:1|平台标准软件永久许可（含管理端、市民端）|1套|860,000
TB:2|定制开发：场馆预约、赛事报名、体质监测对接、指导员管理|4个模块|1,140,000
TB:3|部署实施、数据导入及培训|1项|96,000
TB:|合计||2,096,000
P:2.1 合同总价为人民币贰佰零玖万陆仟元整（¥2,096,000），为固定总价，已包含税费、差旅及乙方履约所需的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即¥419,200。
P:3.2 平台上线并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥943,200。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥733,600。
P:3.4 甲方付款按照国库集中支付程序办理，乙方应提供相应发票及验收文件。
H:第四条 交付期限与地点
P:4.1 乙方应于合同签订之日起120日内完成部署并上线试运行，试运行期为60日。
P:4.2 交付地点为甲方指定的东湖市政务云机房及甲方办公场所。
P:4.3 乙方应在合同签订后20日内提交需求规格说明书及项目实施计划，经甲方书面确认后执行；需求确认后的变更须经双方书面同意。
H:第五条 验收
P:5.1 验收标准：（1）四个定制模块的功能全部符合需求规格说明书；（2）在1,000名并发用户下，页面平均响应时间不超过3秒；（3）与省级国民体质监测系统的数据对接连续10日无差错；（4）第三方安全测评无高危漏洞；（5）源代码、用户手册、运维手册等文档齐全。
P:5.2 试运行期满且满足上述标准后，乙方提出书面申请，甲方在十日内组织最终验收并出具书面验收报告。上线、试运行或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。甲方可邀请行业专家参加验收。
H:第六条 质量保证及售后维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费修复缺陷、提供版本升级，并每季度进行一次巡检。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可费的8%，即每个服务年度不超过¥68,800，前三个服务年度不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三日通知甲方并安排在夜间进行）。
P:7.2 一级故障（平台整体无法访问，或预约、报名功能中断）乙方应在30分钟内响应，2小时内到场或远程处置完毕；二级故障应在2小时内响应，次日内解决。
P:7.3 每超过响应时限1小时，甲方可从质保金或维护费中扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，甲方取得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序及其源代码和文档，知识产权归甲方所有。乙方应在最终验收时移交全部源代码，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 平台产生及存储的场馆预约、赛事报名、体质监测等数据均属甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对个人信息加密存储；远程运维须经甲方审批并通过堡垒机进行，不得将数据复制或带离政务云。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、市民个人信息及平台配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期上线或逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的成果不符合约定的，应在甲方规定的期限内整改；整改后仍不合格的，甲方有权依第十三条解除合同。
P:11.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
P:11.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，可根据影响程度部分或全部免除责任。
H:第十二条 分包
P:12.1 乙方可将赛事报名模块的界面设计及现场培训工作分包给第三方，但应提前五个工作日书面告知甲方，并对分包部分的质量和进度承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同未尽事宜，双方可签订补充协议。
P:15.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东湖市体育局　　授权代表：__________　　日期：2026年3月__日
P:乙方（盖章）：安徽云动体育科技有限公司　　授权代表：__________　　日期：2026年3月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z02
H419Z02 = """T:化成分容设备控制系统改造及维保合同
P:合同编号：JN-SB-2026-0312
P:甲方（买方）：江南锂能电池有限公司
P:乙方（卖方）：常州恒控自动化技术有限公司
P:鉴于甲方二号厂房化成分容车间现有48台化成分容柜控制系统老化、数据无法追溯，甲方决定对其控制系统进行改造；乙方具备相应的设备供货、软件开发和系统集成能力。双方经协商一致，订立本合同。
H:1. 项目范围
P:1.1 乙方负责48台化成分容柜共1,152个通道的控制板卡升级、PLC及IO模块更换、工控机及触摸屏更换、车间工业网络改造，并提供化成分容上位机控制软件及工艺配方管理软件许可。
P:1.2 乙方负责开发与甲方MES系统的数据接口，实现电芯化成曲线、分容容量数据的自动上传和按批次追溯。
P:1.3 改造须分四批停线实施，每批停线不超过3日，不得影响甲方其余产线生产。
P:1.4 乙方交付的软件应支持工艺配方的版本管理、审批和下发记录，所有参数修改均应留存操作人、时间及修改前后的数值，并可按电芯条码查询完整的化成分容记录。
H:2. 合同价格
P:2.1 本合同价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|化成分容柜控制板卡升级|1,152通道|624,000
TB:2|PLC及IO模块|48套|286,000
TB:3|工控机及触摸屏|18套|198,000
TB:4|工业交换机及网络改造|1项|74,000
TB:5|化成分容上位机控制软件及工艺配方管理软件许可|1套|356,000
TB:|硬件及软件小计||1,538,000
TB:6|改造实施及分批切换|1项|238,000
TB:7|MES数据接口定制开发|1项|126,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,920,000
P:2.2 合同总价为人民币壹佰玖拾贰万元整（¥1,920,000），含13%增值税、运输、安装及调试费用。
H:3. 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款，即¥192,000。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即¥672,000。到货签收仅确认数量及外观，不代表质量验收。
P:3.3 系统最终验收合格后，甲方支付合同总价的50%，即¥960,000。
P:3.4 剩余5%即¥96,000作为质量保证金，质保期满且无未决质量问题后无息退还。
H:4. 交货与实施
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方工厂，并于到货后60日内完成四批改造。
P:4.2 乙方实施人员须遵守甲方安全生产、防火防爆及洁净车间管理规定，进入车间前须接受甲方安全培训。
P:4.3 设备应采用适合长途运输的包装，并附装箱单、合格证及说明书。设备在甲方签收前的损毁、灭失风险由乙方承担。
P:4.4 每批改造前，乙方应提交切换方案及回退方案，经甲方生产、设备、质量部门会签后方可停线实施；切换失败的，乙方应立即按回退方案恢复原系统运行。
P:4.5 甲方负责提供施工用电、临时存放场地及停线窗口，并指派工艺工程师配合工艺配方的迁移和核对。
H:5. 验收
P:5.1 验收标准：（1）全部通道电压、电流精度满足技术协议要求；（2）每批改造后连续72小时满负荷运行无控制故障；（3）化成曲线及分容数据上传MES的完整率与准确率均符合技术协议；（4）工艺配方下发、修改留痕功能测试通过。
P:5.2 四批改造完成并稳定运行30日后，甲方组织最终验收并签署验收报告。设备安装、投入生产或甲方付款均不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并升级软件。
P:6.2 乙方应在甲方工厂存放不少于5%的控制板卡及PLC模块备件，备件清单作为技术协议附件。
P:6.3 乙方应为甲方培训设备操作人员及维护人员各不少于20名，培训合格后出具培训记录。
P:6.4 质保期满后，乙方提供维保服务，年度维保费按硬件及软件小计的9%计取，即每个服务年度¥138,420，三个服务年度内不上调。维保合同每个服务年度由甲方决定是否续签，不自动续期。
H:7. 服务水平
P:7.1 控制系统月度可用率不低于99.5%，以每月停机时间统计，计划内维护除外。
P:7.2 一级故障（整柜或整排化成分容柜停机）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应，当日到场。
P:7.3 月度可用率每低于承诺值0.1个百分点，乙方支付¥3,000；每超过响应或到场时限1小时，乙方支付¥1,000，从维保费或质量保证金中扣除。
H:8. 知识产权
P:8.1 上位机控制软件的知识产权归乙方，甲方取得永久使用许可。
P:8.2 为甲方开发的MES数据接口程序及其源代码、接口文档归甲方所有，甲方可自行修改或交由第三方维护。
H:9. 数据安全
P:9.1 工艺配方、电芯生产数据及设备运行数据均属甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN及堡垒机进行并全程录屏；乙方不得在控制网络中接入未经甲方检测的设备或存储介质。
P:9.3 发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:10. 保密
P:10.1 双方对在履约中获知的对方技术秘密和商业秘密负有保密义务，保密期限至该信息公开之日止。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但故意、重大过失及数据泄露造成的损失不受此限。
P:11.3 因乙方实施原因造成甲方产线非计划停机或电芯报废的，乙方应赔偿甲方的直接损失。
P:11.4 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方协商调整履行期限。
H:12. 合同的履行
P:12.1 本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。
P:12.2 乙方违约的，甲方可要求乙方继续履行、限期整改并依第11条支付违约金，但不得以此为由解除合同。
H:13. 分包
P:13.1 乙方不得将本合同项下的工作分包或转包给第三方；确需分包的，须事先取得甲方书面同意。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交常州仲裁委员会仲裁。
H:15. 其他
P:15.1 技术协议、设备清单及切换方案为本合同附件，与本合同具有同等效力。双方往来通知以书面形式送达合同首页所列地址，电子邮件送达的以对方确认收到为准。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：江南锂能电池有限公司（盖章）　　代表：__________
P:乙方：常州恒控自动化技术有限公司（盖章）　　代表：__________
P:签订日期：2026年4月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z03
H419Z03 = """萌宠之家门店预约及会员管理系统SaaS服务合同

合同编号：MCZJ-IT-2026-05
甲方（客户）：成都萌宠之家宠物服务连锁有限公司
乙方（服务商）：杭州宠约云网络科技有限公司

甲方在成都、重庆两地经营33家宠物美容门店，需要统一的线上预约、门店排班、会员储值及积分管理系统。乙方以SaaS方式提供“宠约云”系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方33家门店及甲方总部开通“宠约云”系统的预约、排班、收银、会员储值、积分及营销模块，并为甲方配置品牌微信小程序。
（二）实施服务包括：门店及美容师档案建立、原有会员及宠物档案数据迁移、小程序页面按甲方品牌定制、与甲方现有财务软件的对账数据导出、店长及前台人员培训。
（三）服务期为三个服务年度，自系统上线验收合格之日起计算。
（四）乙方为甲方指定一名客户成功经理，负责需求对接、版本更新说明及每季度的使用情况回顾。系统版本更新由乙方统一发布，重大功能变更应提前15日通知甲方。
（五）乙方应为甲方提供在线帮助中心、操作视频及工作日9点至21点的在线客服，门店人员可通过小程序内的客服入口提交问题。
（六）甲方负责提供门店网络及收银终端，指定总部联系人，按乙方提供的模板整理门店、美容师及服务项目资料，并在上线前组织门店人员参加培训。

二、费用
（一）费用明细：
  1. 门店订阅费：33家门店 × ¥3,600/店/服务年度 = ¥118,800/服务年度；
  2. 总部管理端订阅费：¥9,600/服务年度；
  3. 订阅费合计：¥128,400/服务年度，三个服务年度共计¥385,200；
  4. 一次性实施费：¥48,600。
（二）合同总价为人民币肆拾叁万叁仟捌佰元整（¥433,800）。
（三）短信按实际发送量另行结算，不计入合同总价。短信单价为每条¥0.045，乙方每月提供发送明细。
（四）除本合同列明的费用外，乙方不得以任何名义向甲方或门店另行收取费用。
（五）甲方在服务期内要求增加本合同以外的定制功能的，双方另行签订补充协议，明确功能范围、费用及交付时间。

三、付款方式
（一）实施费在系统上线验收合格后十个工作日内一次性支付。
（二）订阅费按季度支付，每季度结束后十个工作日内，甲方根据乙方提供的服务报告支付当季订阅费¥32,100。
（三）乙方应在每次收款前开具增值税专用发票。
（四）服务期内新增门店的，按每店每服务年度¥3,600的单价按月折算计费；关闭门店的，自关闭次月起停止计费。

四、上线与验收
（一）乙方应在合同签订后45日内完成全部门店的配置、数据迁移及培训，并提交上线验收申请。实施期间乙方每周向甲方书面报告进度及需甲方配合的事项。
（二）验收标准：1. 会员、储值余额及宠物档案迁移后与原系统逐条核对一致；2. 预约、排班、收银、储值、积分测试用例全部通过；3. 小程序页面符合甲方确认的设计稿；4. 全部门店连续7日正常营业使用，无一级故障。
（三）满足上述标准后，甲方签署上线验收单。系统开通或门店开始使用不视为验收合格。
（四）验收未通过的，乙方应在10日内整改后重新申请验收。
（五）上线后，乙方应在每个门店安排不少于一次的现场或视频回访，收集店长意见并在下一版本中评估改进。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护须安排在凌晨0点至6点并提前三日通知。
（二）故障分级及响应：一级故障（全部或多家门店无法预约、收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能异常）2小时内响应，次日内解决。
（三）月度可用率每低于承诺值0.01个百分点，抵扣当季订阅费的1%；一级故障每超过恢复时限1小时，抵扣当季订阅费的2%。

六、数据归属与数据安全
（一）甲方的会员信息、宠物档案、消费及储值记录等数据均属甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，对会员手机号等个人信息加密存储，实行最小权限访问控制并保留操作日志，系统应通过网络安全等级保护第三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方赔偿甲方因此遭受的全部损失，包括向会员赔偿及监管处罚的费用。
（四）合同终止后30日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除。
（五）乙方每日对甲方数据进行备份，备份数据至少保留30日；每季度进行一次恢复测试，并将测试结果告知甲方。
（六）乙方员工仅可在处理甲方提交的工单时访问甲方数据，访问须经系统授权并留存记录；甲方可随时查询访问记录。

七、知识产权
（一）“宠约云”系统的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、品牌素材及数据迁移脚本，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，向甲方支付违约金¥300。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）因不可抗力或基础电信运营商网络故障导致服务中断的，双方均不承担违约责任，但乙方应及时通知甲方并尽快恢复服务。

九、续订
（一）服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，此后亦同。
（二）续订时，乙方有权按其届时公布的价格标准调整订阅费，并提前15日以邮件方式通知甲方，调整后的价格自续订期开始适用。

十、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方退还已收取但未履行期间的订阅费。
（二）系统连续两个月可用率未达到第五条承诺的，甲方可解除合同。
（三）合同解除或服务期满不再续订的，乙方应继续提供系统只读访问不少于30日，便于甲方导出数据和平稳切换，期间不收取费用。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，但经甲方书面同意的除外。经同意分包的，乙方仍对分包部分的质量和进度向甲方负责。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
（一）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（二）双方的通知以书面或电子邮件方式发送至合同首页所列联系人，发出后次日视为送达。
（三）附件：服务说明、小程序设计稿、数据迁移清单、门店名单。

甲方：成都萌宠之家宠物服务连锁有限公司（盖章）　　代表签字：__________
乙方：杭州宠约云网络科技有限公司（盖章）　　代表签字：__________
日期：2026年5月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z04
H419Z04 = """西江市网上信访系统运维服务合同

项目编号：XJXF-CS-2026-003
采购方式：竞争性磋商
甲方（采购人）：西江市信访局
乙方（成交供应商）：广西正合信息技术服务有限公司

根据《中华人民共和国政府采购法》、竞争性磋商文件及乙方响应文件，甲方委托乙方对西江市网上信访系统提供运维服务。双方经协商一致，订立本合同。

（1）服务内容与服务期
本合同所称网上信访系统，是指甲方于2023年建成并已通过验收的系统，现有用户包括市、县两级信访部门及各责任单位共计186个。
① 服务对象：西江市网上信访系统，包括网上信访受理平台、信访事项办理系统、领导信箱、手机端及与省信访信息系统的数据交换接口。
② 服务内容：驻场运维、日常巡检与性能优化、安全加固与漏洞修复、重大活动及敏感时期应急保障、数据备份与恢复演练。
③ 服务期：自2026年1月1日起至2026年12月31日止。服务期满合同自然终止，不自动续期。

（2）服务费用
服务费用为固定总价人民币伍拾捌万陆仟元整（¥586,000），明细如下：
  驻场运维（2人）：¥312,000
  日常巡检与性能优化：¥96,000
  安全加固与漏洞修复：¥88,000
  应急保障：¥54,000
  数据备份与恢复演练：¥36,000
  合计：¥586,000

（3）付款方式
① 本合同不设预付款。
② 服务费按季度支付，每季度服务经甲方考核合格后十五个工作日内，甲方支付当季服务费¥146,500。
③ 季度考核有扣款的，从当季服务费中直接扣除。
④ 乙方应在每次收款前向甲方开具合法有效的发票，甲方付款按国库集中支付程序办理。

（4）服务启动与交接
① 乙方应在合同签订后10日内完成与原运维单位的交接，包括系统账号、配置文档、备份介质及未关闭问题清单，并提交交接报告。
② 交接报告经甲方确认后，视为服务启动。
③ 乙方驻场人员应具有三年以上系统运维经验，至少一人持有信息安全相关资格证书。驻场人员名单须报甲方备案，更换人员须提前15日书面申请并经甲方同意，并完成工作交接。
④ 驻场人员工作时间与甲方作息时间一致；节假日及夜间实行电话值守，接到通知后按第（5）项时限到场。
⑤ 甲方负责提供驻场办公场所、运维终端及必要的系统权限，及时提供运维所需的资料，并指定专人对接。

（5）服务水平
① 系统月度可用率不低于99.95%，计划内维护须经甲方批准并在夜间进行。
② 一级故障（受理平台无法访问、信访件无法流转或数据交换中断）乙方应在15分钟内响应，1小时内到场处置，6小时内恢复；二级故障30分钟内响应，次日内解决。
③ 重大活动及敏感时期，乙方按甲方要求安排双人值守，并提前制定应急保障方案，报甲方审定后执行。保障期间每日报告系统运行情况。
④ 高危漏洞应在通报后3日内修复，中危漏洞应在10日内修复。
⑤ 乙方每日进行系统巡检并记录，每周提交运维周报，每月提交运维月报，内容包括系统运行情况、故障处理、漏洞修复、备份情况及优化建议。
⑥ 乙方每季度组织一次数据恢复演练，演练方案经甲方确认后实施，演练报告报甲方备案。
⑦ 乙方应配合甲方完成网络安全等级保护测评、密码应用安全性评估及上级部门的安全检查，对检查发现的问题按期整改。
⑧ 乙方对系统进行配置变更或版本更新前，应提交变更方案并经甲方批准，变更前做好备份，变更后进行验证。

（6）考核与扣款
① 甲方每季度按考核细则对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检报告、漏洞修复及驻场人员到岗情况。
② 月度可用率每低于承诺值0.01个百分点，扣减服务费¥1,500；每超过响应或恢复时限1小时，扣减¥800；驻场人员无故缺岗一日，扣减¥600。

（7）服务验收
① 每季度考核合格即为当季服务验收合格。
② 服务期满前，甲方组织年度服务验收，验收标准为：全年各季度考核合格；全年无因乙方原因导致的数据丢失或信息泄露；运维文档、巡检记录、备份记录及恢复演练报告齐全；系统等级保护测评无未整改的高危问题。
③ 乙方提交的材料不完整或不符合上述标准的，不视为验收合格。

（8）数据安全
① 信访人个人信息、信访件内容及办理记录均属甲方所有，乙方仅可为履行本合同接触，不得复制、留存或用于任何其他目的。
② 乙方运维人员须经政审，签署安全承诺书；所有运维操作须通过堡垒机进行并全程审计，禁止使用未经甲方登记的存储介质。
③ 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

（9）保密
乙方及其人员对在服务中知悉的信访信息、系统配置及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

（10）知识产权
乙方在服务期间形成的运维文档、巡检报告、脚本及应急预案，知识产权归甲方所有，甲方可自行使用、修改或提供给后续运维单位。
乙方保证其提供的服务及使用的工具不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部费用。

（11）违约责任
① 乙方未按第（4）项约定完成交接，或未在甲方要求的期限内完成整改的，每逾期一日，按合同总价的千分之一支付违约金。
② 甲方逾期支付服务费的，按同期贷款市场报价利率支付利息。
③ 因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在事后十日内提供证明，根据影响程度部分或全部免除责任。

（12）分包
乙方不得将本合同项下的服务分包或转包给任何第三方。乙方使用的安全检测工具及备份软件应为正版软件，并事先报甲方备案。乙方人员离岗时，应在甲方监督下交回全部账号、门禁卡及资料。

（13）合同解除
① 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同。
② 乙方或其人员泄露信访信息的，甲方有权立即解除合同，并追究乙方法律责任。
③ 连续两个季度考核不合格的，甲方有权解除合同，并按实际服务期间结算。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续提供运维服务。

（15）其他
① 竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
② 服务期满或合同解除时，乙方应向甲方或甲方指定的后续运维单位完成交接，移交全部账号、文档及备份介质，交接期间乙方不得中断服务。
③ 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方：西江市信访局（盖章）　　代表：__________
乙方：广西正合信息技术服务有限公司（盖章）　　代表：__________
签订日期：2025年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z05
H419Z05 = """# 生产执行系统（MES）软件许可及实施合同

**智造云帆标准合同文本 V4.0**

合同编号：ZZYF-MES-2026-118

- 甲方（用户）：眉州川味调料食品有限公司
- 乙方（供应商）：成都智造云帆软件有限公司

甲方主要生产酸菜鱼调料、火锅底料等复合调味料。为实现配料称重防错、生产批次追溯和质量数据管理，甲方向乙方采购“云帆MES”软件许可及定制开发、实施服务。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“云帆MES”标准软件的永久使用许可，包括生产计划、配料称重、批次追溯、质量管理、设备管理五个模块，授权用户数80个。

1.2 乙方根据甲方需求进行定制开发：配料称重防错（与电子秤、扫码枪联动）、从原料到成品的批次正反向追溯、与甲方金蝶ERP系统的物料及工单接口。

1.3 乙方负责系统部署、基础数据初始化及用户培训。

1.4 系统部署在甲方工厂机房的服务器上，服务器、电子秤、扫码枪及网络设备由甲方自行采购，乙方提供配置要求。

1.5 甲方负责提供原料、配方、工艺路线等基础资料，并指定项目负责人及各车间关键用户配合需求调研、测试和上线。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云帆MES标准软件永久许可（80用户） | 1,080,000 |
| 2 | 定制开发（称重防错、批次追溯、ERP接口） | 420,000 |
| 3 | 部署实施及培训 | 180,000 |
| | 合计 | 1,680,000 |

合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%作为预付款，即¥840,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即¥840,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

3.4 乙方在收到款项前开具增值税专用发票。甲方未按期付款的，乙方有权暂停实施或维护服务，由此导致的延期由甲方负责。

## 第四条 实施周期

4.1 乙方计划于收到预付款后90日内完成部署及上线。

4.2 因需求变更、甲方配合不及时等原因导致项目延期的，双方协商调整实施计划，乙方不承担责任。

4.3 乙方按照需求调研、方案设计、开发配置、测试、培训、上线六个阶段实施，每个阶段结束后向甲方提交阶段成果，甲方应在三个工作日内确认。

4.4 需求确认后，甲方提出的需求变更应以书面形式提交，乙方评估工作量后另行报价。

4.5 乙方为本项目指派项目经理一名，负责实施计划、进度汇报及问题协调。甲方应为乙方实施人员提供办公场所、网络及必要的生产现场通行许可，并确保关键用户参加培训。

## 第五条 验收

5.1 系统部署完成并在甲方生产现场上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统任何功能的，视为对该功能的确认。

## 第六条 免费维护期

6.1 乙方提供六个月免费维护服务，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持。一级故障（系统无法登录或生产现场无法称重配料）乙方在8小时内响应，其他故障在2个工作日内响应。

6.3 乙方将尽力按上述时限响应，但对响应或修复延误不承担扣款、赔偿或违约金责任。

6.4 免费维护期不包括因甲方操作不当、擅自修改配置、硬件故障或第三方软件问题引起的故障处理，此类服务乙方按人天另行收费，每人天¥2,800。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每个服务年度¥302,400。

7.2 年度维护服务包括远程技术支持、缺陷修复及标准版本升级，不包括新增功能开发。

7.3 年度维护费应在每个服务年度开始前一次性支付。乙方现场服务的，甲方另行承担差旅费用。

7.4 甲方未购买年度维护服务的，乙方不再提供缺陷修复及版本升级，甲方日后恢复维护服务的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 “云帆MES”标准软件及乙方在本项目中形成的全部定制开发成果（包括称重防错程序、追溯模块、ERP接口程序及其源代码、文档），知识产权均归乙方所有。

8.2 甲方在本合同有效期内取得上述成果的非独占使用权，仅限甲方内部使用，不得修改、反编译或许可第三方使用。

8.3 甲方如需将系统部署到新建工厂，应另行向乙方购买许可，费用按乙方届时报价确定。

## 第九条 数据

9.1 甲方的配方、生产及质量数据归甲方所有。乙方应采取加密传输、访问控制及日志审计等措施保护甲方数据，发生数据泄露的，乙方应在24小时内通知甲方；因乙方原因造成的，乙方承担相应赔偿责任。

9.2 甲方同意，乙方可在脱敏处理后，将甲方的生产及质量数据用于乙方产品改进、行业分析及调味品行业数据模型的训练，并可在合同终止后继续使用。

9.3 甲方应自行负责服务器的日常备份和机房安全，因甲方原因造成的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，保密期限为合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（包括违约金及损害赔偿）不超过合同总价的20%。

11.2 乙方对间接损失、利润损失及生产停顿损失不承担责任。

11.3 甲方对系统的使用结果及据此作出的生产决策自行负责。

## 第十二条 分包

乙方可根据项目需要，将部分实施及现场培训工作委托给其合作伙伴完成，无需另行取得甲方同意。

## 第十三条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应支付乙方已完成工作的费用。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

15.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

15.3 附件：软件功能清单、定制开发需求说明、实施计划。

甲方（盖章）：眉州川味调料食品有限公司　　代表：__________

乙方（盖章）：成都智造云帆软件有限公司　　代表：__________

日期：2026年6月__日
"""

# ---------------------------------------------------------------------------------------------------------------- e01
H419E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Pennine Ledger Systems Ltd, a company registered in England and Wales (company no. 08812345), whose registered office is at 14 Wellington Street, Leeds LS1 4DL, England (the "Supplier"); and
P:(2) Jiaxing Swiftpack E-commerce Fulfilment Co., Ltd., a company established in the People's Republic of China, whose registered address is No. 66 Chengbei Road, Jiaxing, Zhejiang Province (the "Customer").
H:Background
P:The Customer operates two fulfilment warehouses in Jiaxing for online retailers and wishes to replace its current warehouse system. The Supplier licenses the Swiftstock warehouse management system (the "Software") and provides configuration, integration and training services. At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licences" means the perpetual licences to the Software listed in Article 3.
P:1.2 "Services" means the configuration, integration, data migration and training services described in Article 2.
P:1.3 "Custom Deliverables" means the interfaces, reports, label templates, scripts and documents created by the Supplier specifically for the Customer under this Agreement.
P:1.4 "Go-Live" means the first day on which the Software is used to process live orders in both warehouses.
P:1.5 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 6 have been met.
H:Article 2 Scope
P:2.1 The Supplier shall grant the Licences, install the Software on the Customer's servers in Jiaxing, configure it for inbound receiving, putaway, wave picking, packing and dispatch, and build interfaces to the Customer's order management system and to three courier platforms.
P:2.2 The Supplier shall migrate item masters, location data and open stock balances from the Customer's current system and shall train twenty key users and the Customer's IT staff.
P:2.3 The Supplier shall appoint a project manager who speaks Mandarin and English and who shall attend weekly progress meetings with the Customer, in person or by video. The project manager shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:2.4 The Customer shall provide the servers, operating system and database licences described in the technical requirements in Annex A, give the Supplier's staff access to its premises and systems during working hours, and make its warehouse managers available for workshops and testing.
P:2.5 Changes to the scope shall be agreed in a written change note signed by both parties, stating the effect on price and timetable. The Supplier shall not start work on a change before the change note is signed.
H:Article 3 Price
P:3.1 The price for the Licences and Services is set out below. All amounts are in CNY and include VAT.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Swiftstock server licence (perpetual)|1|620,000|620,000
TB:Named user licences (perpetual)|150|2,400|360,000
TB:RF and mobile device licences (perpetual)|60|3,000|180,000
TB:Licence Subtotal|||1,160,000
TB:Configuration and integration services|1 lot|540,000|540,000
TB:Data migration|1 lot|96,000|96,000
TB:Training|1 lot|44,000|44,000
TB:Contract Price|||1,840,000
P:3.2 The Contract Price of CNY 1,840,000 is fixed and covers all travel and expenses of the Supplier.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 368,000) within twenty days after signature of this Agreement against the Supplier's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 828,000) within twenty days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 644,000) within twenty days after Final Acceptance.
P:4.4 Each payment is due against a valid VAT invoice issued by the Supplier's appointed Chinese reseller, Shanghai Pennine Trading Co., Ltd.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall achieve Go-Live within 150 days after signature of this Agreement, in line with the project plan attached as Annex A.
P:5.2 If the Supplier fails to achieve Go-Live by that date for reasons attributable to it, the Supplier shall pay the Customer liquidated damages of 0.03% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for thirty days. Final Acceptance requires that: (a) every test script in Annex B has been passed; (b) stock balances in the Software reconcile with a full physical count of both warehouses; (c) the courier and order management interfaces have run for ten consecutive days without a Severity 1 incident; and (d) user and administrator manuals have been delivered.
P:6.2 The Customer shall issue the Final Acceptance certificate within ten days after the criteria are met or shall state in writing which criteria are not met. Installation, Go-Live, production use or any payment is not Final Acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall correct defects, provide new releases and provide support at no charge.
H:Article 8 Support Levels
P:8.1 The Supplier shall respond to a Severity 1 incident (a warehouse cannot receive, pick or dispatch orders) within one hour and shall work continuously until a workaround is in place. Severity 2 incidents shall be responded to within two business hours.
P:8.2 For each full hour by which a Severity 1 response is late, the Supplier shall credit the Customer CNY 1,500 against the next support invoice or, during the Warranty Period, pay that amount to the Customer.
H:Article 9 Annual Support after Warranty
P:9.1 After the Warranty Period the Customer may order annual support at a fee of 18% of the Licence Subtotal, that is CNY 208,800 for each support year. This fee shall not be increased for the first three support years.
P:9.2 Annual support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Supplier and its licensors. The Licences are perpetual, non-exclusive and transferable to the Customer's affiliates.
P:10.2 All rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 11 Customer Data and Security
P:11.1 All order, stock, customer and shipment data processed by the Software ("Customer Data") belong to the Customer. The Supplier shall process Customer Data only to perform this Agreement and for no other purpose.
P:11.2 The Software is hosted on the Customer's servers. The Supplier's staff shall access them only through the Customer's VPN with multi-factor authentication, shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:11.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twelve hours, shall help to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives termination for three years.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 11 and 12, personal injury, or fraud.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty days after notice, or if the maximum liquidated damages under Article 5.2 have been reached.
P:15.2 On termination the Supplier shall return all Customer Data and deliver all Custom Deliverables completed up to the termination date, and the Customer shall pay for Services properly performed up to that date.
P:15.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of England and Wales.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules. The seat of arbitration is London and the language is English.
H:Article 17 General
P:17.1 This Agreement, with Annex A (Project Plan) and Annex B (Test Scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two originals in English, one for each party.
P:For the Supplier: Pennine Ledger Systems Ltd  Name: ____________  Title: Director  Date: ________
P:For the Customer: Jiaxing Swiftpack E-commerce Fulfilment Co., Ltd.  Name: ____________  Title: Legal Representative  Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------- e02
H419E02 = """# Thistlewood Housekeeping Cloud: Order Form

**Order Form No. TW-OF-2026-0217**

This Order Form is entered into between **Thistlewood Software Ltd**, a company incorporated in Scotland (company no. SC612480), 9 Rose Street, Edinburgh EH2 2PR, Scotland ("Thistlewood"), and **Suzhou Lakeview Hotel Management Co., Ltd.**, 188 Xinghu Street, Suzhou Industrial Park, Jiangsu Province, People's Republic of China (the "Customer"). It incorporates the General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A: Order Details

**A1. Service.** Thistlewood Housekeeping Cloud, a software-as-a-service application for room-status tracking, housekeeping task assignment, maintenance work orders, lost-and-found and inspection checklists, with the mobile application for room attendants and supervisors.

**A2. Properties.** Fourteen hotels operated by the Customer in Suzhou, Wuxi and Nanjing, as listed in Annex 1.

**A3. Subscription Term.** Three Subscription Years starting on the Subscription Start Date, which is the day after Go-Live Acceptance under A6. Each Subscription Year runs from the Subscription Start Date, or an anniversary of it, to the day before the next anniversary.

**A4. Fees.** At the Customer's request all fees are quoted and invoiced in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Subscription fee | 14 properties x CNY 1,850 per property per month | 25,900 per month |
| Subscription fees for the Subscription Term | 36 months x CNY 25,900 | 932,400 |
| Onboarding (configuration, data import, PMS interface, training) | one-time | 46,000 |
| **Total contract value** | | **978,400** |

SMS notifications beyond the included allowance of 5,000 messages per month are charged at CNY 0.06 per message and are not part of the total contract value.

**A5. Invoicing and Payment.** Subscription fees are invoiced quarterly in arrears (CNY 77,700 per quarter) and payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date.

**A6. Onboarding and Go-Live Acceptance.** Thistlewood will complete onboarding within sixty days after signature. Go-Live Acceptance requires: (a) room lists, floor plans and staff rosters for all fourteen properties loaded and checked by the Customer; (b) the two-way interface with the Customer's property management system passing the agreed test scripts, including real-time room-status updates in both directions; (c) one week of live use at two pilot hotels with no Priority 1 incident; and (d) training of housekeeping supervisors at every property. The Customer will sign the Go-Live Acceptance certificate within five business days after the criteria are met. Access to the Service or its use at the pilot hotels is not Go-Live Acceptance.

**A7. Delay.** If Go-Live Acceptance is not achieved within sixty days after signature for reasons attributable to Thistlewood, Thistlewood will pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee and then from subscription invoices.

**A8. Contacts.** For the Customer: Ms. Zhou Lan, IT Director, zhoulan@lakeviewhotels.cn. For Thistlewood: Mr. Callum Reid, Account Manager, callum.reid@thistlewood.co.uk. Each party may change its contact by email notice to the other party.

**A9. Customer responsibilities.** The Customer will provide up-to-date room lists and rosters, arrange access to its property management system vendor for the interface work, make supervisors available for training, and provide suitable mobile devices and Wi-Fi coverage for room attendants.

**A10. Support.** Support is provided in Mandarin and English through the in-app help desk, email and a hotline. Thistlewood will assign a named customer success manager who will hold a quarterly review with the Customer covering usage, open incidents and planned releases.

## Part B: General Terms

**1. Service Levels**

1.1 Thistlewood will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Thistlewood will respond to Priority 1 incidents (the Service or the mobile application is unavailable to a property, or room status fails to synchronise with the property management system) within thirty minutes, at any time of day, and to Priority 2 incidents within two business hours.

1.3 If monthly availability falls below the level in 1.1, the Customer will receive a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of the month's fee. Credits are applied to the next invoice.

**2. Customer Data**

2.1 Customer Data means all data entered into the Service by or for the Customer, including room records, guest-related requests, staff names and work records. Customer Data belongs to the Customer. Thistlewood processes Customer Data only to provide the Service to the Customer and for no other purpose.

2.2 The Service for the Customer is hosted in a data centre in mainland China operated by Thistlewood's hosting provider. Thistlewood will encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, and keep the Service within a system that holds an MLPS level 3 filing.

2.3 Thistlewood will notify the Customer of any personal data breach or security incident affecting Customer Data within twenty-four hours after becoming aware of it, will take all reasonable steps to contain it, and is responsible for the losses the Customer suffers as a result of a breach of this clause 2.

2.4 Within thirty days after the end of the Subscription Term, Thistlewood will return Customer Data in CSV format and then delete it.

**3. Intellectual Property**

3.1 Thistlewood owns the Service and all improvements to it. The Customer receives a non-exclusive right to use the Service during the Subscription Term.

3.2 Configurations, checklists, report templates and interface mappings prepared specifically for the Customer belong to the Customer, which may use, copy, modify and allow third parties to use them without restriction, including after the end of this agreement.

**4. Subcontractors**

4.1 Thistlewood may use subcontractors and sub-processors, including its hosting provider and local support partners in China, to perform any part of the Service. Thistlewood will notify the Customer by email of any new subcontractor before it starts work. Thistlewood remains responsible for its subcontractors.

**5. Confidentiality**

5.1 Each party will keep confidential the other party's non-public information, use it only for this agreement and disclose it only to staff and advisers who need to know it. This clause survives for three years after the end of this agreement.

**6. Renewal**

6.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal periods equal to one Subscription Year, unless either party gives notice of non-renewal at least sixty days before the end of the current period.

6.2 Thistlewood may increase the subscription fee for any renewal period by up to 8% by notice given at least ninety days before that renewal period starts.

**7. Limitation of Liability**

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the nine months immediately preceding the event giving rise to the claim. This limit does not apply to breach of clause 2, clause 5, or to fraud.

**8. Termination**

8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of it.

8.2 The Customer may also terminate this agreement if service credits under clause 1.3 become due in any two consecutive months.

8.3 On termination by the Customer under 8.1 or 8.2, the Customer pays only for the Service provided up to the termination date, and clause 2.4 applies.

**9. Governing Law and Disputes**

9.1 At the Customer's request this agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

**10. General**

10.1 Notices must be in writing and sent to the addresses in this Order Form. Neither party may assign this agreement without the other's consent, except to a successor of its whole business.

10.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters or failures of public networks, provided it notifies the other party promptly and does its best to resume performance.

10.3 Thistlewood may update the Service from time to time, provided that no update materially reduces the functions the Customer uses. Thistlewood will publish release notes at least seven days before each major release.

**Signed for Thistlewood Software Ltd:** ____________________ Name: Alasdair Munro, Commercial Director  Date: __________

**Signed for Suzhou Lakeview Hotel Management Co., Ltd.:** ____________________ Name: ____________  Date: __________

**Annex 1: Properties** (fourteen hotels with room counts, provided separately)
"""

# ---------------------------------------------------------------------------------------------------------------- e03
H419E03 = """T:Purchase Contract for Cold Store Temperature Monitoring Equipment
P:Contract No. HBCC-PUR-2026-031
P:Buyer: Qingdao Haibin Cold Chain Logistics Co., Ltd., No. 21 Qianwan Port Road, Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Dyffryn Sensing Ltd, a company registered in England and Wales (company no. 10455821), Unit 5, Fabian Way Business Park, Swansea SA1 8LD, Wales (the "Supplier").
P:The Buyer operates a cold store of six chambers and a loading hall at Qingdao Qianwan Port. Following its tender of February 2026, the Buyer awards the Supplier the supply, installation and commissioning of a wireless temperature and humidity monitoring system on the terms below, which are the Buyer's standard purchase terms. All prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the wireless sensors, door sensors, gateways, monitoring servers and monitoring software listed in Section 2, install and calibrate them at the Buyer's site, configure alarms and reports, and train the Buyer's staff.
P:1.2 The system shall record the temperature and humidity of every chamber at least once a minute, send alarms by SMS and the mobile application when limits are exceeded, and produce the records required for food and pharmaceutical cold-chain audits.
P:1.3 All equipment shall be new, of the models stated in the Supplier's bid, and suitable for continuous operation at minus thirty degrees Celsius.
P:1.4 The Supplier shall provide, with the equipment, the certificates of origin, the radio type approval certificates required in China, the factory test reports and the operating and maintenance manuals in Chinese and English.
P:1.5 The Buyer shall provide power points at the positions agreed in the site plan, network access for the gateways, a lockable storage area for the equipment, and escorts for the Supplier's staff in the chambers.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,171,000, made up as follows. It is fixed and includes VAT, packing, transport to the site, import formalities and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, low-temperature model|420|1,180|495,600
TB:2|Gateway with 4G backup link|36|6,400|230,400
TB:3|Door open/close sensor|24|860|20,640
TB:4|Monitoring server appliance (redundant pair)|2|58,000|116,000
TB:5|Monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,030,640
TB:6|Installation, calibration and commissioning|1 lot|126,000|126,000
TB:7|Training|1 lot|14,360|14,360
TB:|Contract Price|||1,171,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 234,200) within fifteen working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 526,950) within fifteen working days after the Installation Certificate under Section 5.2. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 409,850) within fifteen working days after Final Acceptance under Section 5.4.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the site within sixty days and complete installation within ninety days after signature.
P:4.2 Work in the chambers shall be scheduled with the Buyer's operations manager so that no chamber is out of service for more than eight hours at a time.
P:4.3 The Supplier's staff shall follow the Buyer's site rules, including the rules on cold-room safety, forklift traffic and food hygiene, and shall wear the protective clothing provided by the Buyer.
P:4.4 Title to and risk in each item of equipment pass to the Buyer when it is delivered to the site and signed for. Signing for delivery confirms quantity and visible condition only.
H:Section 5 Installation and Acceptance
P:5.1 The Supplier shall calibrate every sensor against a reference thermometer traceable to a national standard and deliver the calibration certificates.
P:5.2 When installation is complete the parties shall sign an Installation Certificate.
P:5.3 Final Acceptance requires that: (a) every sensor reads within plus or minus 0.3 degrees Celsius of the reference; (b) during a thirty-day trial run, no sensor misses more than two scheduled readings in any day; (c) alarms reach the duty staff within sixty seconds in a test of every chamber; and (d) the audit reports in the technical specification are produced correctly.
P:5.4 When the criteria in 5.3 are met the Buyer shall issue the Final Acceptance Certificate within ten working days. Installation, use of the system or payment does not amount to acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for thirty-six months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment free of charge, including sensors whose readings drift outside the accuracy in 5.3(a), and shall provide software updates.
P:6.2 The Supplier shall keep a stock of spare sensors and gateways in Qingdao during the warranty, and shall recalibrate every sensor once in each warranty year at no charge, delivering new calibration certificates.
P:6.3 The Supplier shall train eight operators and two technicians of the Buyer in daily use, alarm handling, sensor replacement and report generation, and shall provide training materials in Chinese.
H:Section 7 Service Levels
P:7.1 For a Severity 1 fault (monitoring of a whole chamber or of the site is lost, or alarms are not sent) the Supplier shall respond within one hour and restore monitoring within eight hours. For a Severity 2 fault (individual sensors fail) the Supplier shall respond within two hours and repair the fault within two working days.
P:7.2 For each hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay CNY 1,000, deducted from any amount due to the Supplier.
H:Section 8 Support after Warranty
P:8.1 After the warranty the Buyer may order annual support at a fee of 7% of the Hardware and Licence Subtotal, that is CNY 72,144.80 per year, fixed for the first two support years. Later fees shall be agreed in writing and shall not rise by more than 3% a year.
P:8.2 Support after the warranty is ordered by separate purchase order and does not renew automatically.
H:Section 9 Delay
P:9.1 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 10 Data
P:10.1 All temperature, humidity, door and alarm data and all reports produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The servers stay on the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN. The Supplier shall not copy data off site, and faulty storage media replaced during the warranty stay with the Buyer.
P:10.3 The Supplier shall report any security incident affecting the system or its data within twelve hours and is liable for any loss caused by its breach of this Section.
H:Section 11 Intellectual Property
P:11.1 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
P:11.2 The site configuration, alarm rules, dashboards, report templates and the interface scripts to the Buyer's warehouse system, prepared for this Contract, belong to the Buyer, which may use and modify them freely.
H:Section 12 Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it to third parties without prior written consent, for three years after the end of this Contract.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 12, which are not limited.
H:Section 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under Section 9 reach their maximum.
H:Section 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 17 General
P:17.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days, provides evidence and takes reasonable steps to limit the delay. This Contract is made in English and Chinese; both texts are equally valid. Changes must be in writing and signed by both parties.
P:Annex 1: Technical specification. Annex 2: Site plan and sensor positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e04
H419E04 = """# Managed IT Support Services Agreement

**Agreement reference:** LMI-2026-FS-07

**Between**

1. **Lagan Managed IT Ltd**, a company registered in Northern Ireland (company no. NI671203), whose registered office is at 40 Linenhall Street, Belfast BT2 8BG, Northern Ireland (the "Supplier"); and
2. **Foshan Oakline Furniture Co., Ltd.**, a company established in the People's Republic of China, whose registered address is No. 8 Longjiang Industrial Avenue, Shunde District, Foshan, Guangdong Province (the "Customer").

**Background**

The Customer manufactures and exports home furniture and has about 420 computer users at its factory, its showroom and its sales office. It wants an outside provider to run its IT service desk, desktop support and server administration. The Supplier provides these services to manufacturers through its team in Belfast and its delivery centre in Guangzhou. The charges are stated in Chinese yuan (CNY) at the Customer's request.

**The parties agree as follows.**

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Service Period" means twenty-four months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Supplier accesses or handles in performing the Services.

## 2. Services

2.1 The Supplier shall provide the Services during the Service Period in accordance with Schedule 1, good industry practice and the Customer's IT policies notified to it.

2.2 The Supplier shall use commercially reasonable efforts to respond to and resolve incidents and service requests promptly, taking account of their urgency and of the impact on the Customer's production.

2.3 The Supplier shall provide a monthly report listing incidents and service requests received and closed, open problems and recommended improvements.

2.4 The Customer shall give the Supplier's staff reasonable access to its sites, systems and staff, and shall keep its software licences current.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value for the Service Period is CNY 1,200,000.

3.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date. No charge is payable in advance.

3.3 The Customer shall pay each correct invoice within thirty days after receipt. Invoices shall be VAT invoices issued by the Supplier's Guangzhou subsidiary.

3.4 Work outside the scope of Schedule 1 shall be performed only under a written change order agreed by both parties, at the day rates in Schedule 2.

## 4. Transition and Acceptance

4.1 The Supplier shall carry out the transition activities in Schedule 3 and complete transition within forty-five days after signature of this Agreement.

4.2 Transition is accepted when all of the following have been met: (a) every activity in Schedule 3 has been completed and documented; (b) the asset register covers all end-user devices and servers and has been checked by the Customer against a sample of 50 devices; (c) a knowledge base of at least 60 articles covering the Customer's main applications has been handed over; and (d) the service desk has handled the Customer's tickets for ten working days in a shadow run without any ticket being lost.

4.3 The Customer shall sign the Transition Acceptance Certificate within five working days after the criteria are met, or tell the Supplier in writing which criteria are not met. Taking over the service desk is not acceptance.

4.4 If transition is not accepted within forty-five days after signature for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

## 5. Supplier Personnel

5.1 The Supplier shall provide two on-site engineers at the Shunde factory on working days from 08:00 to 17:30 and shall replace any engineer the Customer reasonably objects to.

5.2 The Supplier shall name a service manager who meets the Customer's IT manager each month to review the monthly report.

5.3 All Supplier staff working for the Customer shall be employees of the Supplier or of its Guangzhou subsidiary, shall speak Mandarin, and shall follow the Customer's site safety rules and IT policies. The Supplier shall give the Customer thirty days' notice before replacing an on-site engineer, except in case of illness or resignation.

5.4 The Supplier shall maintain a list of the Customer's critical applications, including its ERP, design and export documentation systems, and shall agree with the Customer's IT manager the order in which incidents affecting them are handled.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform the Services and shall not sell or otherwise exploit it.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including designs, price lists and customer lists, and shall use it only for this Agreement.

7.2 This clause continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, knowledge base articles, scripts, configuration records and the asset register prepared for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor provider.

8.2 The Supplier's own tools and service-management software remain the Supplier's property.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and breach of clause 7.

9.2 Neither party is liable for loss of profit or indirect loss.

## 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent, except to its own Guangzhou subsidiary named in this Agreement. The Supplier remains responsible for all subcontracted work.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Period. It does not renew automatically; any extension must be agreed in writing.

11.2 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty days after notice.

11.3 On expiry or termination the Supplier shall give reasonable help to transfer the Services to the Customer or a new provider, for up to sixty days, at the day rates in Schedule 2, and shall hand over all runbooks, passwords, configuration records and open tickets.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 This Agreement with its Schedules is the entire agreement between the parties. Changes must be in writing and signed by both parties. Notices shall be sent to the addresses above.

13.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance.

**Signed for Lagan Managed IT Ltd:** ____________________ Name: Ciaran Doherty, Managing Director  Date: __________

**Signed for Foshan Oakline Furniture Co., Ltd.:** ____________________ Name: ____________  Date: __________

## Schedule 1: Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, email and WeChat support in Mandarin and English for all users; logging and tracking of every ticket | 07:30 to 20:00, Monday to Saturday |
| Desktop support | On-site support for PCs, laptops, printers and mobile devices; new starter and leaver set-up | Working days, 08:00 to 17:30 |
| Server administration | Monitoring, patching and backup of 14 servers at the factory; monthly backup restore test | Monitoring at all times; changes in agreed windows |
| Network support | Management of switches, wireless access points and firewall configuration at the three sites | Working days, with call-out for outages |
| Asset management | Keeping the asset register of all IT devices and software licences | Ongoing |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 24 months x CNY 48,500 | 1,164,000 |
| Transition fee | one-time | 36,000 |
| Total contract value | | 1,200,000 |
| Additional work | per engineer day | 2,800 |

## Schedule 3: Transition

| Step | Activity | Target |
|---|---|---|
| 1 | Kick-off and collection of documents from the Customer's current IT team | Day 5 |
| 2 | Asset discovery and asset register | Day 20 |
| 3 | Knowledge base and runbooks | Day 30 |
| 4 | Shadow run of the service desk | Days 31 to 44 |
| 5 | Transition acceptance under clause 4.2 | Day 45 |
"""

# ---------------------------------------------------------------------------------------------------------------- e05
H419E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: SID-API-2026-0093

THIS AGREEMENT is made between:

SEABOARD INDEX DATA LIMITED, a company incorporated in Jersey (registered number 129874), whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Supplier"); and

NINGBO HARBOURLINE INTERNATIONAL FREIGHT FORWARDING CO., LTD., a company established in the People's Republic of China, whose registered address is No. 1 Dagang Road, Beilun District, Ningbo, Zhejiang Province (the "Customer").

BACKGROUND

(A) The Supplier compiles container freight rate indices, vessel schedules and port congestion data and makes them available to subscribers through an application programming interface (the "Data API").

(B) The Customer is a freight forwarder and wishes to use the Data API in its quotation system and its customer portal.

(C) At the Customer's request, all fees under this Agreement are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Supplier Data" means the indices, schedules, congestion data and other content delivered through the Data API.

1.2 "Customer Data" means the Customer's API queries, the shipment lists and port pairs that the Customer uploads, and all usage logs relating to the Customer.

1.3 "Connector" means the software module that the Supplier builds under clause 3 to map the Data API into the Customer's quotation system.

1.4 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first starting on the Start Date.

1.5 "Start Date" means the day after the Customer signs the Onboarding Acceptance Certificate.

2. SUBSCRIPTION

2.1 The Supplier grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data API, to use Supplier Data in its own quotation and planning work, and to show Supplier Data to its own customers through its customer portal in the form of charts and rate summaries.

2.2 The Subscription Term is two Subscription Years from the Start Date. It ends at the end of the second Subscription Year and does not renew automatically. Any renewal requires a new written order signed by both parties.

2.3 The Customer shall not resell Supplier Data as a data product, shall keep API credentials secure, and shall show the Supplier's name as the source wherever Supplier Data is displayed to its customers.

2.4 The Customer may make up to 300,000 API calls per month. Calls above this volume are charged at CNY 0.08 per call, invoiced monthly; these charges are not part of the total fees in clause 4.1.

3. ONBOARDING AND ACCEPTANCE

3.1 The Supplier shall build the Connector, provide API credentials for a test and a production environment, and train the Customer's developers within forty days after signature.

3.2 Onboarding is accepted when: (a) the Connector loads the daily indices for all 46 trade lanes listed in Schedule 1 into the quotation system without error for ten consecutive working days; (b) rates shown in the quotation system match the Supplier's published indices in a check of 200 sample records; (c) the customer portal displays schedules and congestion charts correctly; and (d) the Connector documentation and source code are delivered.

3.3 The Customer shall sign the Onboarding Acceptance Certificate within five working days after the criteria in 3.2 are met, or state in writing which criteria are not met. Issue of API credentials or use of the test environment is not acceptance.

3.4 If Onboarding Acceptance is not achieved within forty days after signature for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 500 for each day of delay, up to CNY 28,000.

4. FEES AND PAYMENT

4.1 The fees are as follows: subscription fee CNY 264,000 for each Subscription Year (CNY 528,000 for the Subscription Term) and a one-time onboarding fee of CNY 32,000 for the Connector, credentials and training. The total fees under this Agreement are CNY 560,000, inclusive of VAT.

4.2 The subscription fee is invoiced quarterly in arrears in eight equal instalments of CNY 66,000. The onboarding fee is invoiced after Onboarding Acceptance. Nothing is payable before the Start Date.

4.3 The Customer shall pay each invoice within thirty days. Invoices shall be VAT invoices issued through the Supplier's reseller in Shanghai.

5. SERVICE LEVELS

5.1 The production Data API shall be available 99.95% of the time in each calendar month, excluding maintenance announced at least five days in advance.

5.2 Daily indices shall be published by 10:00 China Standard Time on each business day.

5.3 The Supplier shall respond to a Priority 1 incident (the production Data API is unavailable or returns wrong data for more than one trade lane) within thirty minutes at any time, and to a Priority 2 incident within two business hours.

5.4 If monthly availability falls below the level in 5.1, the Customer receives a credit of 5% of the quarterly instalment for each 0.1 percentage point of shortfall, up to the full instalment. If daily indices are published late on more than three business days in a month, the Customer receives a further credit of 3% of the quarterly instalment.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the Data API and the services under this Agreement to the Customer. The Supplier shall not use Customer Data to compile or improve its indices or any other product and shall not disclose it to any other person.

6.2 The Supplier shall protect Customer Data with encryption in transit and at rest, access control limited to named staff, multi-factor authentication and audit logs, and shall hold a valid ISO 27001 certificate for the Data API throughout the Subscription Term.

6.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, shall take prompt steps to contain and remedy it, and shall be liable for the losses the Customer suffers as a result of its breach of this clause 6.

6.4 At the end of the Subscription Term the Supplier shall delete Customer Data within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Supplier and its licensors own the Data API and the Supplier Data.

7.2 The Connector, its source code and its documentation belong to the Customer from delivery. The Customer may use, modify and license them without restriction, including after the end of this Agreement.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, and shall use it only for the purposes of this Agreement. This obligation survives for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 The Supplier shall not subcontract any part of its obligations without the Customer's prior written consent. The Supplier remains responsible for the acts of any approved subcontractor.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1. The limit does not apply to breach of clauses 6 or 8, to fraud or to personal injury.

10.2 Neither party is liable for loss of profit or indirect loss.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

11.2 The Customer may also terminate this Agreement if availability falls short of clause 5.1 in two consecutive months.

11.3 On termination the Customer pays only for the period up to the termination date, and clause 6.4 applies.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of the Island of Jersey.

12.2 The courts of Jersey have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

13. GENERAL

13.1 This Agreement, with Schedule 1 (Trade Lanes) and Schedule 2 (API Specification), is the entire agreement between the parties. Changes must be in writing and signed by both parties.

13.2 Notices shall be given in writing to the addresses above, with a copy by email.

13.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance. The Supplier may change the technical format of the Data API only after giving at least ninety days' notice and keeping the previous version available during that period.

13.4 The Supplier shall provide the Customer with a named account manager and with technical support in English and Mandarin on business days between 08:00 and 20:00 China Standard Time, in addition to the incident support in clause 5.3.

SIGNED for and on behalf of SEABOARD INDEX DATA LIMITED:
Name: Helen Le Brocq   Title: Director   Signature: ____________   Date: __________

SIGNED for and on behalf of NINGBO HARBOURLINE INTERNATIONAL FREIGHT FORWARDING CO., LTD.:
Name: ____________   Title: Legal Representative   Signature: ____________   Date: __________
"""

# ================================================================================================= files and labels
TARGETS = {
    "z01": ("h419z01_sports_bureau_fitness_platform.pdf", "pdf", "zh", H419Z01),
    "z02": ("h419z02_battery_formation_control_retrofit.docx", "docx", "zh", H419Z02),
    "z03": ("h419z03_pet_grooming_chain_booking_saas.txt", "txt", "zh", H419Z03),
    "z04": ("h419z04_petition_bureau_system_om.txt", "txt", "zh", H419Z04),
    "z05": ("h419z05_seasoning_factory_mes_supplier_template.md", "md", "zh", H419Z05),
    "e01": ("h419e01_wms_licence_england_vendor.pdf", "pdf", "en", H419E01),
    "e02": ("h419e02_housekeeping_saas_order_form_scotland.md", "md", "en", H419E02),
    "e03": ("h419e03_cold_store_sensors_wales_vendor.docx", "docx", "en", H419E03),
    "e04": ("h419e04_managed_it_support_ni_vendor.md", "md", "en", H419E04),
    "e05": ("h419e05_freight_data_api_jersey_vendor.txt", "txt", "en", H419E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key -> (category, terms in KEYS order, extra)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2096000)),
    "z02": ("hardware", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, False, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1920000)),
    "z03": ("cloud", [99.95, 0.5, True, "buyer", True, True, False, 300 / 433800 * 100, None, None, True, None, None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=433800)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000)),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, 28, False, True, True, None, G],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=1680000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.03, 150, 20, True, True, 18, 18, False, True, False, "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1840000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 978400 * 100, 9 / 36 * 100, None, True, None, None, None, True, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=978400)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1171000)),
    "e04": ("services", [None, None, False, "buyer", False, True, True, 900 / 1200000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000)),
    "e05": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 560000 * 100, 150, None, True, None, None, None, False, True, False, "Jersey", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000)),
}
# TCO inputs for goods/licence drafts: (itemised licence/hardware subtotal, warranty months, yearly post-warranty fee)
TCO_IN = {"z01": (860000, 24, 68800), "z02": (1538000, 24, 138420), "z05": (1080000, 6, 302400),
          "e01": (1160000, 18, 208800), "e03": (1030640, 36, 72144.8)}
# forum outside mainland China (not a label key; read from the dispute clause)
FORUM_OUTSIDE = {"e01": True, "e05": True}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z02": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW", "CR-LD-LOW", "CR-POST-WARRANTY-FEE"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata)."""
    base, wm, fee = TCO_IN[key]
    value = LABELS[key][2]["contract_value"]
    post_years = max(0.0, 5 - wm / 12)
    post = post_years * fee
    return post / (value + post) * 100, value + post, base


def derive_rules(key):
    """My own reading of policy.md section 3, applied to the labels."""
    cat, vals, ex = LABELS[key]
    t = dict(zip(KEYS, vals))
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if key in TCO_IN and tco_share(key)[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    name, kind, lang, _ = TARGETS[key]
    cat, vals, ex = LABELS[key]
    obj = {"file": name, "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, vals)),
           "expected_extra": dict(ex), "expected_rules": derive_rules(key)}
    return json.dumps(obj, ensure_ascii=False, indent=1)


# ================================================================================================= threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    NUM + r"99\.9(?!\d)",
    NUM + r"4\s*(?:个?小时|h(?![a-z])|hrs?(?![a-z])|hours?)", r"(?<![十\d])四\s*个?\s*小时", r"(?<!twenty-)(?<!twenty)four[\s-]*hours?",
    NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.05(?!\d)" + PCT, r"万分之五(?![十0-9])", NUM + r"0\.0005(?!\d)",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s*per\s*cent",
    NUM + r"12\s*(?:个月|[- ]?months?)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"(?<![a-z])one[\s-]*years?",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s*per\s*cent",
    NUM + r"5\s*(?:年|[- ]?years?)", r"五年", r"five[\s-]*years?", NUM + r"60\s*(?:个月|[- ]?months?)", r"六十个月",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240分钟", "0.05%",
            "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "140%",
             "2025年", "2026年12月31日", "万分之五十", "万分之三", "服务年度", "one Subscription Year", "135%", "45%",
             "CNY 1,500", "twenty-four hours", "0.055%", "25%", "35%", "1.4 hours", "Section 4 Hotels", "two hours", "第四条", "45日"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
        assert THRESHOLD_RE.search(re.sub(r"\s+", "", s)), "must hit (no ws): " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s -> %s" % (s, THRESHOLD_RE.search(s))


def scan(text, where):
    hits = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nows", re.sub(r"\s+", "", text))):
        for m in THRESHOLD_RE.finditer(t):
            hits.append("%s [%s]: ...%s..." % (where, variant, t[max(0, m.start() - 20):m.end() + 20]))
    return hits


# ================================================================================================= read back
def read_back(path, kind):
    if kind == "docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), len(text)


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, lang, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(k), encoding="utf-8")

    problems = []
    covered = set()
    for k, (name, kind, lang, src) in TARGETS.items():
        text = read_back(OUT / name, kind)
        n, n2 = measure(text, lang)
        lo, hi = LIMITS[lang]
        ok = lo <= n <= hi
        unit = "chars (non-ws %d)" % n2 if lang == "zh" else "words (%d chars)" % n2
        rules = derive_rules(k)
        covered |= set(rules)
        extra = ""
        if k in TCO_IN:
            sh, tco, base = tco_share(k)
            extra = " TCO %.2f share %.2f%%" % (tco, sh)
            if abs(sh - 40) <= 2:
                problems.append("%s TCO share %.2f within 2 points of 40" % (k, sh))
        print("%s %-55s %5d %s %s | %s | %s%s" % (k, name, n, unit, "OK" if ok else "OUT OF RANGE", risk(rules),
                                                 ", ".join(r[3:] for r in rules) or "(none)", extra))
        if not ok:
            problems.append("%s length %d outside %s" % (k, n, LIMITS[lang]))
        if rules != sorted(DESIGN[k]):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        problems += scan(text, name) + scan(src, k + " source")
        t = dict(zip(KEYS, LABELS[k][1]))
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            if t[key] is not None and abs(t[key] - thr) < 1e-9:
                problems.append("%s %s on threshold" % (k, key))
        back = json.loads((OUT / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert back["file"] == name and list(back["expected_terms"]) == KEYS
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    counts = {k: len(derive_rules(k)) for k in TARGETS}
    mix_ok = (sorted(k for k, c in counts.items() if c == 0) == ["e03", "z04"]
              and derive_rules("e05") == ["CR-GOVERNING-LAW"] and counts["z05"] >= 8
              and all(2 <= counts[k] <= 3 for k in ("z01", "z02", "z03", "e01", "e02", "e04")))
    if not mix_ok:
        problems.append("mix not as required: %s" % counts)
    print("coverage: %d of %d rules" % (len(covered), len(ALL_RULES)))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")
