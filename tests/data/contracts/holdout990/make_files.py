"""holdout990: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H990Z01 = """T:小微企业融资对接平台软件许可及定制开发合同
P:合同编号：GXJ-ZC-2027-0318　采购方式：公开招标
P:甲方（采购人）：某市工业和信息化局
P:乙方（供应商）：某数联科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就小微企业融资对接平台项目订立本合同，以甲方合同文本为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供融资对接平台软件许可（永久许可，不限用户数），并按甲方需求完成定制开发，包括企业画像、融资需求发布、银企撮合、政策兑现申报、贷后跟踪及监管驾驶舱六个模块。
P:1.2 定制开发须实现与市市场监管、税务、社保、公积金、电力等部门数据接口的对接，共计十四个接口，接口清单见附件二。
P:1.3 乙方负责平台在甲方政务云上的部署、联调、试运行及操作培训，交付源代码、数据库设计说明、接口文档及运维手册。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），为固定总价，含税。
P:2.2 分项价格：平台软件许可费¥612,000；定制开发费¥498,000；部署实施费¥126,000；培训费¥50,000。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、全部模块通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行。
P:4.2 乙方应按周提交项目进度报告，重大风险应在发现后2个工作日内书面报告甲方。
P:4.3 乙方应指派具有高级项目经理资格的人员担任项目经理，驻场时间不少于实施期的三分之二；项目经理及核心开发人员未经甲方同意不得更换，确需更换的，接替人员资历不得低于原人员。
P:4.4 甲方负责提供政务云资源、办公场地及与相关部门的协调函，并指定专人对接需求确认；甲方原因造成的延误，工期相应顺延。
P:4.5 乙方应为甲方及各区县工信部门业务人员提供不少于三期集中培训，每期两天，并为合作银行、担保机构的操作人员提供线上培训及操作视频。
P:4.6 乙方交付的文档包括：需求规格说明书、概要设计、详细设计、数据库设计说明、接口文档、测试报告、部署手册、用户手册、运维手册，均为中文，纸质版一式三份并附电子版。
P:4.7 文档与实际交付系统不一致的，乙方应在甲方提出后10个工作日内修订完成。
H:第五条 验收
P:5.1 初步验收标准：六个模块功能符合附件一需求规格说明书；十四个接口连续5日数据交换无差错；在300个并发用户下页面平均响应时间不超过2秒；通过第三方机构出具的安全测评报告，无高危漏洞。
P:5.2 最终验收标准：试运行期不少于60日，期间未发生一级故障；已提交全部源代码及技术文档；甲方业务人员培训考核合格。
P:5.3 验收由甲方组织，验收合格后双方签署验收报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质保期及后续维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥48,960），该标准在质保期满后三年内不作上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前3个工作日通知甲方）。
P:7.2 故障分级：一级故障指平台整体不可用或融资撮合、申报功能中断；二级故障指部分功能异常；三级故障指一般问题。乙方对一级故障应在30分钟内响应、2小时内到场或远程处置；二级故障2小时内响应；三级故障1个工作日内响应。
P:7.3 乙方未按时响应的，每超时1小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从维护费或履约保证金中扣除。
P:7.4 乙方应于每月前5个工作日内向甲方提交上月运行报告，内容包括可用率统计、故障清单及处理情况、接口调用量、安全事件及整改建议；甲方对报告有异议的，双方在5个工作日内核对确认。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（含源代码、接口程序、数据模型及相关文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台汇集的企业信息、融资需求、银行授信等数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等措施，运维操作须经堡垒机进行，不得将数据复制至政务云以外。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任，并配合甲方接受有关部门调查。
H:第十条 保密
P:10.1 乙方对履行合同中获知的甲方工作秘密、企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成部署或验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 乙方交付的软件存在侵犯第三方知识产权情形的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第十二条 分包
P:12.1 乙方可将数据接口联调、培训组织等非主体工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在10个工作日内移交已完成的成果、源代码、文档及全部甲方数据，并在甲方确认后删除其持有的数据副本，出具删除说明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订前按合同总价的5%向甲方提交履约保证金，最终验收合格且无未决违约事项的，甲方在10个工作日内无息退还。
P:15.2 招标文件、投标文件、中标通知书及附件为本合同组成部分。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：需求规格说明书　附件二：接口清单　附件三：分项报价表
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

H990Z02 = """T:落地扇生产线控制系统改造合同
P:合同编号：FS-GZ-2027-021
P:甲方（买方）：某电器制造有限公司（落地扇厂）
P:乙方（卖方）：某智能装备工程有限公司
P:甲方拟对其总装一线、总装二线、电机线及注塑周转线共四条生产线的控制系统进行改造，乙方同意按本合同提供设备、软件及安装调试服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 拆除各线原有继电器控制柜，更换为PLC控制柜及触摸屏人机界面；对电机线绕线、嵌线工位加装伺服驱动；在总装线末端增设四个视觉检测工位，检测扇叶装配、网罩卡扣及铭牌；为四条线加装数据采集网关，接入甲方现有生产管理系统。
P:1.2 乙方提供产线控制软件许可（永久），并完成PLC程序、人机界面画面、视觉检测算法参数及数据接口的定制开发。
P:1.3 改造须利用甲方春节停产及周末停线时间分线实施，每条线停线时间不得超过五天。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾肆万捌仟元整（¥2,148,000），含税、运输、保险、安装调试及培训费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|118,000|708,000
TB:2|伺服驱动器及伺服电机|1批|356,000|356,000
TB:3|视觉检测工位|4套|96,000|384,000
TB:4|数据采集网关及终端|1批|128,000|128,000
TB:5|产线控制软件许可（永久）|1套|260,000|260,000
TB:|软硬件小计|||1,836,000
TB:6|安装调试及定制开发|1项|246,000|246,000
TB:7|操作及维修培训|1项|66,000|66,000
TB:|合同总价|||2,148,000
P:2.2 上述价格为固定价格，履约期间不因原材料或汇率变动调整。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，乙方同时提交等额银行保函。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%；到货签收及安装调试完成不视为验收合格。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方收到发票后30日内付款。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内将全部设备运至甲方厂区，并按甲方排定的停线计划逐线安装调试，全部改造应在合同生效后120日内完成。
P:4.2 乙方施工人员须遵守甲方安全生产制度，进入车间须佩戴劳保用品，动火、登高作业须办理审批；因乙方原因发生安全事故的，由乙方承担责任。
P:4.3 乙方应在每条线恢复生产前完成联锁保护、急停回路的功能测试，并向甲方提交测试记录。
P:4.4 乙方应为甲方操作工、班组长及设备维修人员分批提供培训，内容包括触摸屏操作、配方切换、常见报警处理、伺服参数备份与恢复、视觉检测工位的标定与清洁，每批培训后进行实操考核，考核合格人数应达到参训人数的九成以上。
P:4.5 乙方应随设备提交中文技术资料，包括电气原理图、接线图、PLC程序及注释、人机界面画面清单、伺服参数表、视觉检测参数表、备件清单及维护保养手册，纸质版两套并附电子版；资料与现场不一致的，乙方应在验收前修正。
P:4.6 改造期间乙方应保留拆除的原控制柜，经甲方确认后方可处置；拆除过程中损坏甲方其他设备的，由乙方修复或赔偿。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产72小时，无因控制系统引起的停线，方可申请该线验收。
P:5.2 最终验收标准：各线节拍不低于改造前的1.1倍；视觉检测漏检率不高于0.2%、误判率不高于0.8%；数据采集网关上传的产量、停机、不良数据与现场记录一致；设备及软件符合附件技术规格书。
P:5.3 验收由甲方生产部、设备部及质量部共同进行，验收合格后签署最终验收证书。试生产或正常投产均不视为最终验收合格。
P:5.4 验收不合格的，乙方应在10日内整改并重新申请验收；第二次验收仍不合格的，乙方应更换相关设备或软件，费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备、修复软件缺陷，并每季度上门巡检一次。
P:6.2 质保期内，对整线停机的一级故障，乙方应在接到通知后1小时内响应，8小时内到场；对单工位停机的二级故障，2小时内响应，次日到场；其他问题1个工作日内答复。
P:6.3 乙方未按6.2约定时限响应或到场的，每超时1小时向甲方支付违约金¥800，可从应付款中扣除。
P:6.4 质保期满后，甲方可委托乙方提供维保服务，年度维保费按软硬件小计的7%计取（即每年¥128,520），质保期满后三年内不上调，范围包括定期巡检、备件更换（易损件除外）、软件升级及远程技术支持。
P:6.5 乙方应保证常用备件在国内有库存，停产后至少继续供应八年。
P:6.6 质保期满后的维保服务期间，乙方的响应、到场时限及超时违约金仍按6.2、6.3执行；维保合同逐年签订，甲方有权决定是否续签，乙方不得以未续签维保为由拒绝提供有偿备件或技术资料。
H:第七条 知识产权
P:7.1 产线控制软件的知识产权归乙方，乙方授予甲方永久使用许可。
P:7.2 为甲方定制的PLC程序、人机界面画面、视觉检测参数及接口程序，连同其源程序，知识产权归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 生产数据
P:8.1 控制系统及数据采集网关产生的工艺参数、产量及质量数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方设备部逐次批准，通过甲方指定的工业防火墙和堡垒机接入，操作全程留痕；乙方不得在设备中预留后门或远程控制程序。
P:8.3 发生网络攻击、数据丢失等安全事件的，乙方应在2小时内通知甲方并协助恢复；因乙方原因造成数据泄露或生产中断的，乙方赔偿甲方全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方提供的设备不符合约定规格的，应无条件更换，因此延误的工期按9.1计算违约金。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方不得将本合同转包；电气柜体制作、线缆敷设如需分包，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十一条 不可抗力与合同变更
P:11.1 因不可抗力不能履行合同的，受影响方应在5日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，双方可协商解除合同。
P:11.2 合同的变更须经双方书面签署补充协议。
H:第十二条 法律适用与争议
P:12.1 本合同适用中华人民共和国法律。
P:12.2 争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十三条 其他
P:13.1 附件：技术规格书、设备清单、停线实施计划、培训计划。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:13.3 乙方在甲方厂区内的施工垃圾应每日清理，改造完成后恢复现场整洁。
P:13.4 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

H990Z03 = """课程预约及会员管理系统订阅服务合同

合同编号：KJPX-IT-2027-007
甲方：某会计培训连锁管理有限公司
乙方：某云课软件科技有限公司

甲方在全国经营30家会计培训门店，现订阅乙方的课程预约及会员管理系统（以下简称“系统”），并委托乙方完成上线实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方30家门店提供系统，包括课程排期、学员在线预约及签到、会员卡与课时包管理、续费提醒、教师课表、门店业绩报表及总部管理驾驶舱。
2. 每家门店开通不超过15个员工账号，总部开通不超过40个管理账号；学员端通过微信小程序使用，不限学员人数。
（二）实施服务
1. 乙方负责系统配置、门店及课程数据初始化，将甲方原系统中的学员档案、会员余额及剩余课时迁移至本系统。
2. 乙方为甲方开发与甲方财务系统的收款对账接口，并按甲方要求定制六张经营分析报表。
3. 乙方为门店店长、前台及总部运营人员提供培训，每家门店至少一次现场或视频培训，并提供操作手册及常见问题库。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自系统上线验收合格之日起计算，第二服务年度紧接第一服务年度。
（二）服务期满，本合同终止；甲方如需继续使用，双方另行签订合同，乙方不得以自动续期方式延长服务期。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每服务年度人民币6,800元，30家门店每服务年度合计204,000元，两个服务年度合计408,000元。
2. 实施服务费：人民币68,000元（含数据迁移、对账接口、定制报表及培训）。
3. 合同总价：人民币476,000元，含税。服务期内门店数量增加的，新增门店按同一单价及剩余月数折算。
（二）支付方式
1. 实施服务费在系统上线验收合格后15个工作日内一次性支付。
2. 订阅服务费按季度支付，每季度首月10日前支付当季费用，每季度51,000元。
3. 乙方应在付款前开具增值税专用发票，发票信息错误的，付款期限相应顺延。
4. 服务期内乙方不得上调订阅服务单价；甲方增购短信通知、电子合同等附加服务的，另行书面确认价格。

四、上线与验收
（一）乙方应在合同签订后45日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 30家门店的课程、教室、教师及价格体系配置完成，并经各门店店长确认；
2. 迁移后的学员人数、会员余额、剩余课时与原系统导出数据逐条核对一致；
3. 预约、签到、扣课、退费流程在三家试点门店连续运行10日无重大错误；
4. 对账接口连续7日与财务系统收款记录核对无差异；
5. 在2,000名学员同时预约的压力测试下，预约提交响应时间不超过3秒。
（三）验收合格后双方签署上线验收单。系统上线试用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在夜间23:00至次日6:00并提前两日通知。
（二）故障分级及响应：一级故障（全部门店无法预约或签到）30分钟内响应，3小时内恢复；二级故障（单一功能或部分门店异常）1小时内响应，当日恢复；三级故障（一般咨询）1个工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，按当月订阅服务费的3%给予服务抵扣，单月抵扣不超过当月费用的一半；一级故障超时未响应的，每次抵扣1,000元。
（四）乙方每月5日前提交上月服务报告，内容包括可用率、故障清单、预约及签到量统计、客服工单处理情况。
（五）乙方提供7×14小时客服热线及在线工单，门店前台可直接提交问题；乙方为甲方指定一名客户成功经理，每季度与甲方总部召开一次服务回顾会。
（六）系统版本升级应至少提前七日通知甲方，重大功能变化应提供更新说明及培训视频；升级不得导致已配置的课程、价格及会员规则失效。

六、数据
（一）学员信息、会员余额、课时及交易记录等业务数据属于甲方。
（二）乙方可以将上述数据进行去标识化处理后，用于产品改进、算法训练及行业分析报告，并可在服务期满后继续使用该等去标识化数据。
（三）数据安全：乙方应将数据存储于中国境内的数据中心，系统通过网络安全等级保护第三级备案测评，对学员个人信息加密存储并实施最小权限访问；发生数据泄露的，乙方应在24小时内通知甲方并协助处置，因乙方原因造成泄露的，乙方承担赔偿责任及监管处罚。
（四）甲方可随时通过系统导出其业务数据。服务终止后30日内，乙方应向甲方提供全部业务数据的完整导出，并在甲方确认后删除系统中的甲方数据。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的六张报表、对账接口程序及相关文档的知识产权归甲方所有，乙方交付源代码，甲方可自行修改或委托第三方维护。

八、保密
双方对在合作中获知的对方经营信息、价格、学员资料及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。乙方应与接触甲方业务资料的员工签订保密协议，并对其离职后的保密义务作出约定；乙方员工泄露甲方信息的，视为乙方违约。

九、违约责任
（一）乙方未按第四条第（一）项期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方交付的对账接口或定制报表不符合约定，经甲方书面指出后10个工作日内仍未修正的，甲方可暂停支付实施服务费，直至修正完成。
（三）甲方逾期付款的，每逾期一日按欠付金额的万分之二支付违约金。

十、分包
乙方不得将本合同项下服务转包；实施服务的任何部分如需分包，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方退还未使用服务期的预收费用。
（二）系统连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或期满终止的，乙方应保持系统只读访问60日，配合甲方完成数据导出及向新系统的迁移，并提供数据字典及字段说明，不另收费。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十三、门店变动
（一）服务期内甲方新开门店的，可随时书面通知乙方开通，乙方应在3个工作日内完成开通及基础配置。
（二）甲方关闭门店的，可通知乙方停用该门店账号，自次一季度起相应减少订阅服务费，已支付的当季费用不予退还。
（三）门店合并或迁址的，乙方应免费完成学员及会员数据的合并迁移，并保证合并后学员的剩余课时及会员余额准确无误。

十四、个人信息保护
（一）乙方作为受托处理者，按甲方指示处理学员个人信息，并落实第六条第（三）项的安全措施；学员个人信息的去标识化处理须在乙方内部完成。
（二）学员小程序的隐私政策由甲方确认后发布，乙方应协助甲方响应学员查询、更正、删除个人信息的请求。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H990Z04 = """高速公路路基沉降监测系统年度运维服务合同

项目编号：JTJ-CS-2027-009（竞争性磋商）
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某岩土监测技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对辖区高速公路路基沉降监测系统提供年度运行维护服务，双方订立本合同。

第一条 服务对象与范围
（一）服务对象：辖区三条高速公路软土路段的路基沉降监测系统，包括静力水准仪、单点沉降计、分层沉降计、孔隙水压力计及边坡位移计等现场传感器共1,260个测点，42个野外数据采集站及太阳能供电单元，以及部署在甲方机房的监测预警平台。
（二）服务内容：
1. 现场设备巡检：每月对全部数据采集站巡检一次，每季度对全部测点进行一次人工复测比对；
2. 故障维修及备件更换：对损坏的传感器、采集模块、通信模块、蓄电池等进行维修或更换；
3. 平台运维：监测预警平台的系统巡检、数据库备份、补丁更新、预警阈值配置维护；
4. 数据分析：按月提交沉降监测分析报告，对沉降速率异常的路段提出处置建议；
5. 汛期及极端天气期间的加密观测和专项保障：汛期（每年5月至9月）将重点路段采集频率由每日四次提高至每两小时一次，暴雨预警发布后乙方应安排人员驻守重点路段，随时报送监测数据。
（三）月度分析报告应包括各路段累计沉降量、沉降速率曲线、与上月及上年同期的对比、异常测点说明及处置建议，于次月7日前提交；发现沉降速率超过预警阈值的，乙方应在2小时内电话报告甲方并于当日提交书面说明。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 合同价款
（一）合同总价为人民币陆拾叁万捌仟元整（¥638,000），包括：现场巡检及维护费¥286,000；传感器及配件更换费¥148,000；平台运维费¥122,000；数据分析报告费¥82,000。
（二）合同总价为固定价格，服务期内不作调整。备件更换超出第三条第（一）项所列金额的部分，由乙方承担。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度服务结束并经甲方考核合格后，甲方在收到发票后15个工作日内支付当季服务费¥159,500。
（三）季度考核扣款从当季服务费中直接扣除。

第五条 服务水平
（一）监测预警平台年度可用率不低于99.95%，全部测点月度数据完整率不低于98%。
（二）故障分级：一级故障指监测预警平台中断或连续三个以上数据采集站离线；二级故障指单个采集站离线或同一路段三个以上测点数据异常；三级故障指单个测点异常。
（三）响应时限：一级故障30分钟内响应，3小时内到达现场或完成远程恢复；二级故障2小时内响应，次日内修复；三级故障1个工作日内响应，七日内修复。
（四）乙方应设立7×24小时值班电话，汛期每日报送监测简报。

第六条 人员与作业安全
（一）乙方应组建不少于八人的运维团队，其中项目负责人须具有岩土工程或测绘专业高级职称，现场人员须持有高速公路作业安全培训合格证。人员名单报甲方备案，未经甲方同意不得更换项目负责人。
（二）乙方在高速公路上作业，须提前向高速公路运营单位及交警部门报备，按规定设置安全警示区并配备安全员，严禁在未封闭车道内作业。因乙方作业不当造成交通事故或人员伤亡的，由乙方承担全部责任。
（三）乙方应为现场作业人员购买意外伤害保险，并配备必要的防护用品和通信设备。

第七条 备件与设备台账
（一）乙方应在本市设立备件库，常备传感器、采集模块、通信模块及蓄电池等备件，数量不少于在用设备数量的百分之五。
（二）乙方应建立设备台账，记录每个测点及采集站的型号、安装位置、更换记录和复测结果，每季度随考核资料报甲方；更换下的旧设备应交回甲方或经甲方同意后处置。
（三）服务期满或合同解除时，乙方应将设备台账、平台管理员账号、运维记录及技术资料完整移交甲方或甲方指定的单位，并配合交接不少于15日。

第八条 考核与扣款
（一）甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障响应及修复时效、数据完整率、平台可用率及报告质量，考核细则见附件一。
（二）一级故障响应每超时1小时，扣款¥1,000；平台可用率每低于承诺值0.01个百分点，扣款¥1,500；测点月度数据完整率低于承诺值的，每低一个百分点扣款¥2,000。
（三）季度考核得分低于80分的，甲方可约谈乙方并要求限期整改，整改情况纳入下一季度考核。乙方对考核结果有异议的，可在收到考核结果后5个工作日内提出复核申请。

第九条 验收
（一）季度考核合格作为支付当季服务费的条件。
（二）服务期满后，甲方组织年度验收，验收标准为：全年巡检记录及复测记录完整；全年平台可用率及数据完整率达到第五条承诺；备件更换清单与实物核对一致；全部月度分析报告已提交并经甲方确认；设备台账及平台账号移交完整。
（三）年度验收合格后双方签署验收报告。

第十条 数据安全
（一）监测数据、分析报告及平台中的全部数据属于甲方，乙方仅为履行本合同使用，不得向任何第三方提供或用于其他项目。
（二）乙方运维人员须使用甲方分配的个人账号，经甲方审批后通过堡垒机访问平台，禁止使用移动存储介质拷贝数据。
（三）乙方应每日备份数据库，每季度进行一次恢复演练。发生数据丢失、篡改或泄露的，乙方应在1小时内报告甲方，因乙方原因造成的损失由乙方全额赔偿。

第十一条 保密
乙方对服务中知悉的路网结构、病害信息、监测数据及甲方内部资料负有保密义务，未经甲方书面同意不得发表或向第三方披露。本条在合同终止后继续有效。

第十二条 知识产权
乙方为本项目编制的分析报告、数据处理脚本及预警模型参数的知识产权归甲方所有。乙方保证其提供的服务不侵犯第三方知识产权。

第十三条 违约责任
（一）乙方未按期完成月度巡检或季度复测的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未经甲方同意擅自更换项目负责人的，每次支付违约金¥5,000。
（三）因乙方漏报、迟报沉降异常导致路基病害扩大的，乙方应承担相应的处置费用并赔偿甲方损失。

第十四条 分包
乙方不得将本合同项下服务转包或分包。

第十五条 合同解除
（一）乙方严重违反本合同，经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际完成的合格服务结算费用。
（二）连续两个季度考核不合格的，甲方有权解除合同。
（三）合同解除的，乙方应按第七条第（三）项办理移交，并退还已收取但未提供服务部分的费用。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、响应文件、成交通知书及附件均为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H990Z05 = """# 陶迹工艺管理系统软件许可及开发合同

（乙方标准合同文本 TJ-HT-V3.0）

合同编号：TJ-2027-0416

甲方（用户）：某黑陶文化工作室

乙方（供方）：某陶迹软件有限公司

甲方因黑陶制作工艺过程管理需要，采购乙方“陶迹工艺管理系统”软件许可，并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 定义

1.1 “系统”指乙方拥有著作权的陶迹工艺管理系统标准版软件，包括坯料管理、工序流转、窑炉烧制记录、成品追溯及库存销售模块。

1.2 “定制开发”指乙方根据甲方需求对系统进行的功能扩展，包括：作品“一物一码”追溯标签及扫码展示页、渗碳烧制曲线采集对接、大师作品证书管理及电商平台订单同步接口。

1.3 “上线”指乙方将系统安装在甲方服务器并开通账号，甲方可以登录使用。

## 第二条 合同金额

2.1 本合同总金额为人民币叁拾陆万捌仟元整（¥368,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 陶迹工艺管理系统标准版许可（20个用户） | 296,000 |
| 2 | 定制开发（追溯标签、烧制曲线对接、证书管理、订单同步接口） | 52,000 |
| 3 | 安装部署及培训 | 20,000 |
| | 合计 | 368,000 |

2.2 以上金额含增值税。甲方增加用户数的，按乙方当时的报价另行购买。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的55%，即¥202,400，乙方收款后安排开发。

3.2 系统上线后5个工作日内，甲方支付合同总金额的45%，即¥165,600。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成定制开发并安装上线。

4.2 因甲方未及时提供需求资料、工艺参数、服务器环境或未及时确认的，交付时间相应顺延。

4.3 乙方交付内容：系统安装程序、用户手册、定制功能说明及追溯标签模板。源代码、数据库设计文档不属于交付内容。

4.4 甲方应在乙方通知上线后3个工作日内安排人员登录使用，逾期未安排的，以乙方通知之日为上线日。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可在免费维护期内提出，乙方予以修复。

## 第六条 免费维护及年度服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复、远程技术支持及使用咨询。

6.2 免费维护期满后，甲方应向乙方购买年度技术服务，年度服务费为系统许可费的25%，即每年¥74,000，服务内容包括缺陷修复、版本升级、远程支持及每年一次上门巡检。

6.3 年度技术服务期满自动续期一年，服务费标准不变；甲方不再续期的，应提前30日书面通知乙方。未购买年度技术服务的，乙方不再提供升级及技术支持。

6.4 年度技术服务费在每个服务年度开始前一次性支付，乙方收款后开具发票。

## 第七条 技术支持

7.1 乙方通过电话、微信及远程方式提供技术支持，工作时间为工作日9:00至18:00。

7.2 故障分级：一级故障指系统无法登录或工序流转、追溯扫码功能无法使用；二级故障指部分功能异常；三级故障指使用咨询。

7.3 乙方对一级故障在8小时内响应，二级故障在2个工作日内响应，三级故障在3个工作日内响应；需要上门处理的，由双方另行约定时间，差旅费由甲方承担。

7.4 因甲方服务器硬件、操作系统、网络或第三方软件（包括电商平台接口变更）引起的问题，不属于乙方维护范围，乙方可协助排查并另行收费。

## 第八条 知识产权

8.1 系统及其全部组成部分的著作权及其他知识产权归乙方所有。

8.2 定制开发形成的程序、接口、页面模板及相关文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的作品信息、工艺参数、客户及订单数据属于甲方。乙方仅为提供技术支持而访问甲方数据，不得用于其他目的。

9.2 乙方远程维护须经甲方同意并在甲方人员在场时进行；乙方应对其掌握的甲方系统账号和访问记录采取安全管理措施，不得留存甲方数据副本。

9.3 因乙方原因导致甲方数据泄露、丢失或损坏的，乙方应在24小时内告知甲方、协助恢复，并赔偿甲方因此遭受的直接损失。

## 第十条 保密

10.1 双方对本合同内容及履行中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

10.2 甲方的独家工艺配方及烧制曲线为甲方商业秘密，乙方及其人员不得记录、复制或向他人透露。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失及因甲方操作不当造成的损失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后30日内仍未改正的，守约方可以书面通知解除本合同。

12.2 合同解除后，甲方已使用的许可费用不予退还。

## 第十三条 不可抗力

13.1 因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

13.2 本合同所称不可抗力包括地震、洪水、火灾、疫情、政府行为、网络运营商故障及大规模网络攻击等不能预见、不能避免且不能克服的客观情况。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 甲方责任

15.1 甲方应在合同签订后10个工作日内提供满足乙方配置要求的服务器、操作系统及网络环境，并指定一名项目联系人负责需求确认。

15.2 甲方应按乙方提供的用户手册规范操作，妥善保管系统账号及密码；因甲方人员操作不当、擅自修改系统配置或服务器环境造成的故障，乙方修复时另行收费。

15.3 甲方应自行负责服务器及数据的日常备份，乙方可提供备份方法指导。

## 第十六条 培训

16.1 乙方在系统上线时为甲方提供一次集中培训，时长一天，参训人员不超过10人，培训内容为系统基本操作及定制功能使用。

16.2 甲方需要增加培训的，按每人每天¥1,500另行收费。

## 第十七条 通知

17.1 双方往来通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，发出后第三日视为送达。

17.2 一方联系方式变更的，应在3日内书面通知对方，否则按原联系方式送达的视为有效送达。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同未尽事宜，双方可另行签订补充协议。

18.3 本合同附件为本合同不可分割的组成部分。

甲方（盖章）：__________　　　乙方（盖章）：__________

日期：______年___月___日
"""

H990E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RGS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Chengdu Xinglu Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Chengdu, Sichuan (the "Customer"), and Rio Grande Fleet Systems, Inc., a Texas corporation with its principal office in Del Rio, Texas, United States (the "Vendor").
P:The Customer operates a fleet of refrigerated trucks and trailers from six depots in Sichuan and Chongqing and wishes to replace its spreadsheet-based maintenance records with the Vendor's fleet maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetWright maintenance management software, version 9, in object code, including the work order, preventive maintenance, parts inventory, tyre management, reefer unit and reporting modules, and its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts, configuration sets and other work product created by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all vehicle, driver, maintenance, parts, supplier and cost data entered into, uploaded to or generated by the Software in the Customer's environment.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its affiliates in mainland China, for up to 180 named users and an unlimited number of vehicles.
P:2.2 The Software will be installed on servers operated by the Customer in its Chengdu data room. The Customer may make backup and test copies.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services set out in the Statement of Work in Annex A, including installation, configuration for six depots, conversion of maintenance history since 2022, interfaces with the Customer's telematics platform, ERP and fuel card system, and user training.
P:3.2 The Vendor shall appoint a project manager fluent in Chinese and English, who shall remain on the project until Final Acceptance unless the Customer agrees otherwise.
P:3.3 The Customer shall provide timely access to its premises, systems and staff, and shall appoint a project owner with authority to approve designs and test results.
H:Article 4 Fees and Payment
P:4.1 The total price of this Agreement is CNY 1,734,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,120,000; implementation services CNY 486,000; data conversion CNY 70,000; and training CNY 58,000.
P:4.2 The Customer shall pay 20% of the total price within twenty days after signature of this Agreement and receipt of a valid invoice.
P:4.3 The Customer shall pay 45% of the total price after the Software is installed and the Go-Live notice has been signed. Go-Live is not acceptance.
P:4.4 The Customer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:4.5 All amounts are fixed in Chinese Yuan and will be paid by bank transfer to the Vendor's account in China. The price shall not be adjusted for exchange rate movements.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within twenty days after signature and shall achieve Go-Live at all six depots within one hundred and ten days after signature.
P:5.2 Acceptance testing shall be carried out against the test plan in Annex B. The acceptance criteria are: (a) all functions listed in the functional specification pass the agreed test scripts; (b) converted maintenance history reconciles with the source records for vehicle count, open work orders and parts stock values; (c) the telematics interface creates preventive maintenance work orders from odometer and engine-hour readings without error for ten consecutive working days; (d) standard reports open in under three seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met after a run of at least thirty days in production, the Customer shall issue a Final Acceptance certificate. Use of the Software in production, Go-Live or payment does not by itself amount to acceptance.
P:5.4 If the Software fails acceptance testing, the Vendor shall correct the defects within fifteen days and repeat the tests at its own cost. If the Software fails a second time, the Customer may terminate this Agreement and recover all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the functional specification for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide telephone and remote support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support at 9% of the Licence Fee per year (CNY 100,800), which the Vendor shall not increase for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Defects are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created at any depot. Severity 2: a major function is impaired and no workaround exists. Severity 3: any other defect. The Vendor shall respond to a Severity 1 defect within one hour, 24 hours a day, and restore service or provide a workaround within eight hours; respond to a Severity 2 defect within two hours during Beijing business hours; and respond to a Severity 3 defect within two business days.
P:6.4 If the Vendor misses a Severity 1 or Severity 2 response time, it shall pay the Customer a service credit of CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely, including through third-party contractors.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights, and shall pay the resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:8.2 The Vendor's personnel shall access the Customer's systems only through accounts issued by the Customer, using the Customer's VPN with multi-factor authentication, and shall not copy Customer Data outside the Customer's environment. Any data leaving mainland China requires the Customer's prior written approval and compliance with applicable PRC data export rules.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any actual or suspected unauthorised access to Customer Data, cooperate in the investigation and remediation, and compensate the Customer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. These obligations continue for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price in aggregate.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the Warranty Period, unless terminated earlier.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within twenty days after notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination the Vendor shall return all Customer Data and deliver all work in progress on the Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese, and the award is final and binding on both parties.
H:Article 14 General
P:14.1 This Agreement, with Annex A (Statement of Work), Annex B (Acceptance Test Plan) and Annex C (Price Breakdown), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Neither party may assign this Agreement without the other party's written consent.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H990E02 = """# ORDER FORM No. EPF-2027-0611

**Provider:** Maverick Field Cloud LLC, 455 Main Street, Eagle Pass, Texas, United States ("Provider")

**Customer:** Hangzhou Qinglan Home Appliance Service Co., Ltd., Binjiang District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this order only. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

Provider will provide its DispatchPoint field service management platform as a hosted subscription service (the "Service"), covering work order intake from Customer's call centre and mini-program, technician scheduling and route optimisation, mobile job completion with photos and customer e-signature, spare parts tracking in technicians' vans, and service performance dashboards. The Service is hosted for Customer in a mainland China region of a public cloud provider, Alibaba Cloud (the "Hosting Provider").

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the Go-Live Date defined in A5; the second Subscription Year begins on the first anniversary of the Go-Live Date.

### A3. Fees

| Item | Quantity | Unit price per Subscription Year (CNY) | Amount (CNY) |
|---|---|---|---|
| Technician seats | 180 | 1,900 | 342,000 per year |
| Dispatcher and supervisor seats | 20 | 2,400 | 48,000 per year |
| Subscription Fee, Subscription Year 1 | | | 390,000 |
| Subscription Fee, Subscription Year 2 | | | 390,000 |
| Onboarding services (one time) | 1 | 58,000 | 58,000 |
| **Total Contract Value** | | | **838,000** |

All fees are in Chinese Yuan and include VAT. Additional seats added during a Subscription Year are charged pro rata at the unit prices above.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance under A5 and is payable within thirty days of invoice.

(b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of invoice. No fee is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within seventy days after the Effective Date: configuration of 14 service regions, import of Customer's product catalogue and spare parts list, integration with Customer's call-centre system and WeChat mini-program, and training of dispatchers and 180 technicians.

(b) Go-Live Acceptance criteria: (i) the test cases in the onboarding plan pass in Customer's test environment; (ii) work orders from the call-centre system and the mini-program reach the Service within one minute, with no loss in a five-day parallel run; (iii) route optimisation produces schedules for all regions within two minutes; and (iv) the mobile application works on the Android and iOS devices listed in the onboarding plan. Customer shall sign a Go-Live Acceptance certificate within five business days after the criteria are met; the date of that certificate is the Go-Live Date.

(c) If Provider fails to achieve Go-Live Acceptance within the period in A5(a) for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 600 for each day of delay.

### A6. Renewal

At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term. Provider may increase the Subscription Fee for any renewal term by up to 8% over the fees of the preceding term by giving notice at least ninety days before the renewal date.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider grants Customer and its authorised users a non-exclusive right to access and use the Service during the Subscription Term for Customer's internal business.

1.2 Provider may improve the Service from time to time, provided that no change materially reduces the functionality Customer has subscribed to. Provider shall give Customer at least thirty days' notice of any change that affects Customer's integrations.

### 2. Service Levels

2.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and performed between 00:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the Service or the mobile application is unavailable, or work orders cannot be dispatched) shall be responded to within one hour, at any time, and resolved or worked around within six hours. Priority 2 incidents (a major function is degraded) shall be responded to within two hours during business hours. Priority 3 requests shall be answered within one business day.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point or part of it below that level, up to half of the monthly equivalent. If Provider misses a Priority 1 response time, Customer receives a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Provider shall send Customer a monthly service report showing availability, incidents, response and resolution times, and credits due.

### 3. Customer Data

3.1 All data that Customer or its users enter into the Service, including end-customer names, addresses, telephone numbers, appliance serial numbers, work order history and photos ("Customer Data"), belongs to Customer.

3.2 Provider shall use Customer Data only to provide the Service to Customer under this Order Form and shall not sell, share or use it for any other purpose.

3.3 During the Subscription Term and for sixty days after it ends, Customer may export all Customer Data in CSV and JSON formats at no charge. After that period Provider shall delete Customer Data from the Service.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service, its software and its documentation.

4.2 The workflows, form templates, dispatch rules, report designs and integration mappings configured specifically for Customer during onboarding belong to Customer, and Customer may use, copy and modify them and have them implemented by third parties in any other system.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and not disclose it to third parties except to its employees, contractors and advisers who need to know it and are bound by written confidentiality obligations.

5.2 These obligations survive for three years after the end of the Subscription Term.

### 6. Liability

6.1 Neither party is liable for indirect or consequential loss, including loss of profit, except in case of wilful misconduct.

6.2 Each party's total aggregate liability arising out of or relating to this Order Form shall not exceed 150% of the Total Contract Value. This limit does not apply to Customer's payment obligations or to a party's liability for wilful misconduct or personal injury.

### 7. Customer Responsibilities

7.1 Customer shall provide the information, test data, integration access and staff time reasonably required for onboarding, and shall nominate a project lead who can approve configuration decisions within three business days.

7.2 Customer is responsible for the accuracy of the data it enters, for the devices its technicians use, and for obtaining the consents of its end customers that the law requires for the collection of their contact details and photos.

7.3 Customer shall not use the Service to send unsolicited marketing messages and shall not resell access to the Service.

### 8. Subcontracting

Provider may use the Hosting Provider named in A1. Provider shall not otherwise subcontract any part of the Service or the onboarding services without Customer's prior written consent, and remains responsible for its subcontractors.

### 9. Term and Termination

9.1 This Order Form takes effect on signature by both parties (the "Effective Date") and continues for the Subscription Term and any renewal term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice. Customer may also terminate if availability falls below the level in Part B 2.1 in three consecutive months.

9.3 If Customer terminates under 9.2, Provider shall refund any prepaid Subscription Fee for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices must be in writing and sent to the addresses above or to the e-mail addresses designated by each party.

11.2 Neither party may assign this Order Form without the other party's prior written consent, except to an affiliate as part of a reorganisation.

11.3 This Order Form may be signed electronically and in counterparts.

**Signed for Provider:** ____________________ Name / Title / Date

**Signed for Customer:** ____________________ Name / Title / Date
"""

H990E03 = """T:Supply Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. JLC-EQ-2027-0092 (Buyer's standard form for equipment and software)
P:Buyer: Nanjing Jinling Chemical New Materials Co., Ltd., Nanjing Jiangbei New Area Chemical Park, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Permian Sensor Works, Inc., Big Spring, Texas, United States, acting through its representative office in Shanghai (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the pumps, compressors, fans and agitators in its resin and solvent units, and has selected the Supplier following a competitive tender. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, the gateways and the mounting accessories listed in clause 2.
P:1.2 "Software" means the Supplier's PulseGuard condition monitoring software, licensed under clause 3, including its analytics, alarm and reporting modules and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's site.
P:1.4 "Buyer Data" means all measurements, alarms, asset records, reports and other data collected or produced by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's site, integrate it with the Buyer's distributed control system historian and maintenance management system, and train the Buyer's staff, as described in the Technical Specification (Annex 1).
P:2.2 The Contract Price is CNY 2,316,000, inclusive of VAT, packing, transport to site, insurance, customs clearance, installation and training, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX / Ex ia certified|420|2,600|1,092,000
TB:2|Wireless gateway with explosion-proof enclosure|24|14,500|348,000
TB:3|PulseGuard software, perpetual site licence|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,826,000
TB:4|Installation, configuration, integration and commissioning|1 lot|412,000|412,000
TB:5|Training of operators and reliability engineers|1 lot|78,000|78,000
TB:|Contract Price|||2,316,000
P:2.3 The Contract Price is fixed for the duration of this Contract and is not subject to exchange rate adjustment.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers at its Nanjing site, for an unlimited number of users and for up to 600 sensors.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price as an advance payment within twenty days after signature of this Contract, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within thirty days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms physical installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after the Final Acceptance Certificate has been signed.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within sixty days after signature and complete installation within forty-five days after delivery.
P:5.2 All Supplier personnel working at the site shall attend the Buyer's safety induction, follow the Buyer's permit-to-work system and wear the protective equipment required in the chemical park. Hot work is not permitted for the installation of sensors.
P:5.3 Equipment installed in hazardous areas shall carry valid China Ex certificates for the zone in which it is installed. The Supplier shall provide copies of the certificates with the delivery documents.
H:6. Acceptance
P:6.1 After installation the Supplier shall carry out site acceptance tests according to the test plan in Annex 2. The acceptance criteria are: (a) every sensor reports data to the Software at the configured interval, with no more than two consecutive readings missed per sensor over a seven-day period; (b) vibration readings on ten reference machines agree with measurements taken by the Buyer's portable analyser within 5%; (c) alarms are passed to the historian and to the maintenance management system within ten seconds and create work requests correctly; (d) the gateways keep operating for forty-eight hours on backup power; and (e) all documentation in Annex 1 has been delivered.
P:6.2 After passing the site acceptance tests, the System shall run for a trial period of sixty days without a Severity 1 fault attributable to the Supplier. At the end of the trial period the Buyer shall sign the Final Acceptance Certificate.
P:6.3 Delivery, installation, use of the System or payment does not constitute acceptance. If the System fails acceptance, the Supplier shall remedy the defects at its own cost and the tests shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship, and conforms to the Technical Specification for thirty-six (36) months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, correct Software defects, provide all Software updates and upgrades, and provide remote and on-site technical support, free of charge.
P:7.3 After the Warranty Period the Buyer may order annual support from the Supplier at 6% of the Equipment and Software Subtotal per year (CNY 109,560), which shall not increase during the two years following the Warranty Period. Annual support covers the same services as the warranty, except replacement batteries, and is ordered year by year without automatic renewal.
H:8. Service Levels
P:8.1 Faults are classified as follows. Severity 1: the Software is unavailable, or more than one gateway is offline. Severity 2: a single gateway or more than ten sensors are offline. Severity 3: any other fault or question.
P:8.2 The Supplier shall respond to a Severity 1 fault within thirty minutes at any time and restore service within eight hours; respond to a Severity 2 fault within two hours and restore it within two days; and respond to a Severity 3 fault within one business day.
P:8.3 For each hour by which the Supplier exceeds a response or restoration time in clause 8.2, the Supplier shall pay CNY 1,200, which the Buyer may deduct from any payment due or from the performance bond.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier and its licensors.
P:9.2 The integration programs, configurations, machine models and report templates prepared specifically for the Buyer, including their source files, belong to the Buyer. The Buyer may use, modify and license them without restriction.
H:10. Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for product development, benchmarking or any other purpose.
P:10.2 The System shall be installed on the Buyer's network behind the Buyer's firewall. Remote access by the Supplier is permitted only through the Buyer's bastion host, for each session approved in advance by the Buyer, and all sessions shall be recorded. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:10.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within two hours, assist in its investigation and remediation, and compensate the Buyer for any loss caused by the Supplier's breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's processes, plant layout, equipment and production obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to deliver the Equipment or complete installation by the dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability for personal injury, damage caused by fire or explosion, wilful misconduct and breach of clauses 10 and 11, which is not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains liable for any approved subcontractor as for itself.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after the Buyer's notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising from this Contract shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 The annexes form part of this Contract: Annex 1 Technical Specification; Annex 2 Site Acceptance Test Plan; Annex 3 Equipment Delivery Schedule.
P:16.2 This Contract is signed in English and Chinese. In case of any difference, the Chinese version prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H990E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** FSH-MSA-2027-03

**Customer:** Foshan Huaxi Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**Service Provider:** Red River Managed Services, Inc., Childress, Texas, United States, acting through its wholly owned subsidiary in Guangzhou ("Provider")

**Background.** Customer operates three factories, a showroom and a logistics centre in Foshan, with about 1,100 computer users. Customer wishes to outsource its IT service desk, end-user device support and network monitoring to Provider for an initial term of thirty-six months.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Monthly Charge" means the fixed monthly charge in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees, dealers and end customers that Provider accesses, receives or processes in performing the Services, including tickets, logs, device inventories and configuration records.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties, including the charges for the extension period; there is no automatic renewal.

## Section 3. Services and Service Levels

3.1 Provider shall perform the Services described in Schedule 1 with suitably qualified staff, in accordance with good industry practice and Customer's IT policies.

3.2 Provider shall meet the service levels in Schedule 3. Where Provider fails to meet a service level, the service credits in Schedule 3 apply. Service credits are deducted from the next invoice.

3.3 Provider shall deliver a monthly service report by the fifth business day of each month and attend a monthly service review with Customer's IT manager. A quarterly business review shall cover trends, improvement proposals and planned changes.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within sixty days after signature of this Agreement, including knowledge transfer from Customer's current support staff, set-up of the service desk telephone line and portal, deployment of monitoring agents on all network devices and servers, and creation of the asset inventory.

4.2 The transition acceptance criteria are: (a) the service desk handles all calls and tickets for a ten-day trial period with the targets of Schedule 3 met; (b) all network devices and servers in scope report to the monitoring platform; (c) the asset inventory is reconciled with Customer's records for every factory; (d) runbooks for the fifty most frequent requests have been approved by Customer; and (e) the escalation contacts and on-site rota have been agreed.

4.3 When the criteria are met, Customer shall sign a Transition Acceptance Certificate within five business days. Customer shall not unreasonably withhold its signature.

4.4 If the Service Commencement Date has not occurred within sixty days after signature for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 1,800 per day of delay.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,200,000, including the one-time transition charge.

5.2 The transition charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. Customer shall pay each correct invoice within thirty days after receipt.

5.3 The charges are fixed for the Term. Charges for additional users or sites are calculated by the unit rates in Schedule 2.

## Section 6. Personnel

6.1 Provider shall keep a team of at least four on-site engineers at Customer's factories during Customer's working hours, and a remote service desk staffed in Chinese around the clock.

6.2 Provider shall name a service delivery manager who is the single point of contact for Customer. Provider shall not replace the service delivery manager without at least thirty days' notice, except in case of resignation or illness.

6.3 Provider's personnel shall comply with Customer's site rules, safety rules and IT security policies.

## Section 7. Subcontracting

7.1 Provider may subcontract parts of the Services, including hardware repair, cabling and after-hours on-site cover, to third parties of its choice, provided that it notifies Customer in writing of the subcontractor's name and scope at least ten days before the subcontractor starts work.

7.2 Provider remains responsible for the performance of its subcontractors as for its own.

## Section 8. Customer Data and Security

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

8.2 Provider shall access Customer's systems only through named accounts with multi-factor authentication, keep access logs for at least one year, apply the principle of least privilege, and store Customer Data only on systems located in mainland China approved by Customer.

8.3 Provider shall notify Customer of any security incident affecting Customer Data or Customer's systems within two hours after becoming aware of it, take immediate containment measures, and compensate Customer for losses caused by Provider's breach of this Section.

8.4 At the end of the Term Provider shall return all Customer Data and destroy its copies, and certify the destruction in writing.

## Section 9. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

## Section 10. Intellectual Property

10.1 Provider keeps its tools, methods and service management platform.

10.2 The runbooks, knowledge articles, network diagrams, configuration records and scripts created for Customer in performing the Services belong to Customer, and Customer may use and modify them freely, including with a successor provider.

## Section 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the total charges paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss. Nothing limits liability for personal injury or fraud.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty days after notice, or if Provider misses the same service level in three consecutive months.

12.2 On expiry or termination Provider shall provide exit assistance for up to ninety days, including handover of documents and knowledge transfer to Customer or a successor provider, at the charges in Schedule 2.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Section 14. General

14.1 Provider is an independent contractor. Nothing in this Agreement creates an employment relationship between Customer and Provider's personnel.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Amendments to this Agreement, including its Schedules, are valid only in writing signed by both parties.

14.4 Notices shall be given in writing to the addresses above. This Agreement is made in Chinese and English, and both versions are equally authentic.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and WeChat support in Chinese, ticket logging, first-line resolution, password resets | 24 x 7 |
| End-user support | On-site support for desktops, laptops, printers and scanners, moves and changes, new starter set-up | Mon-Sat 08:00-20:00 |
| Network monitoring | Monitoring of switches, firewalls, Wi-Fi controllers and servers, alert handling, configuration backup | 24 x 7 |
| Asset management | Inventory of devices and software licences, quarterly reconciliation | Business days |
| Patch management | Monthly operating system and office patches on end-user devices | Agreed windows |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One time, after Service Commencement Date | 94,000 |
| Monthly Charge | 36 months x CNY 58,500 | 2,106,000 |
| Total charges for the Term | | 2,200,000 |
| Additional user above 1,200 | Per user per month | 45 |
| Exit assistance beyond ninety days | Per engineer day | 1,600 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | Factory production line, ERP access or site network down | 15 minutes | 6 hours | CNY 2,000 per hour late |
| P2 | Department or key user unable to work | 30 minutes | 8 business hours | CNY 800 per hour late |
| P3 | Single user issue with workaround | 2 business hours | 3 business days | CNY 200 per ticket late |
| Service desk | Average speed of answer per month | Under 60 seconds | n/a | 2% of Monthly Charge for each month missed |

Service credits in any month shall not exceed 20% of the Monthly Charge for that month.

**For Customer:** ____________________ **For Provider:** ____________________
"""

H990E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: QDC-DATA-2027-05

BETWEEN

Qingdao Haitong Cotton Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong ("Customer"); and

Llano Estacado Crop Data, LLC, a Texas limited liability company with its principal office in Lamesa, Texas, United States ("Provider").

RECITALS

Customer buys and trades cotton and needs timely crop condition, weather and yield information for the main cotton-growing regions of the United States, together with historical series, to support its purchasing decisions. Provider collects and publishes such data and makes it available through a web application programming interface. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's CottonSight data interface, through which Customer's systems can query the Licensed Data in JSON and CSV formats.

1.2 "Licensed Data" means the crop progress, crop condition, field scouting, satellite vegetation index, weather station and yield estimate data made available through the API and the web dashboard, at county level for Texas, Oklahoma, Kansas and New Mexico and at state level for the other cotton-producing states.

1.3 "Historical Backfill" means the Licensed Data series for the crop years 2007 to 2026, delivered as a one-time bulk file and loaded into Customer's data platform.

1.4 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of the Start Date.

1.5 "Customer Data" means all data supplied by Customer to Provider or generated by Customer's use of the API, including query parameters, watch lists of counties, uploaded contract positions and user account information.

1.6 "Custom Outputs" means the regional yield comparison reports, the basis dashboard and the data mappings prepared by Provider specifically for Customer under clause 3.3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API and the dashboard, to store the Licensed Data in its own systems, and to use the Licensed Data for its internal trading, risk and purchasing purposes, for up to 25 named users and 3 system integrations.

2.2 Customer may share extracts and charts derived from the Licensed Data with its affiliates, banks and auditors, but may not resell the Licensed Data or publish it as a data product.

2.3 The Subscription Term consists of two Subscription Years and starts on the date of Onboarding Acceptance under clause 4 (the "Start Date"). The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new written order agreed by both parties.

3. ONBOARDING AND DELIVERABLES

3.1 Provider shall issue API credentials, a sandbox environment and the API documentation to Customer within ten days after signature of this Agreement.

3.2 Provider shall deliver the Historical Backfill within forty-five days after signature and assist Customer's data team in loading it into Customer's data platform.

3.3 Provider shall prepare the Custom Outputs as described in Exhibit A, including a weekly regional yield comparison report in Chinese and English and a basis dashboard that combines the Licensed Data with Customer's contract positions.

3.4 Provider shall provide two remote training sessions for Customer's analysts and one session for Customer's IT staff, with recordings and written training materials.

3.5 Provider shall inform Customer at least sixty days in advance of any change to the API that is not backward compatible, and keep the previous version running until the end of that period.

4. ACCEPTANCE

4.1 Onboarding Acceptance takes place when all of the following criteria are met: (a) the Historical Backfill is complete for every county and series listed in Exhibit A, with record counts matching Provider's published inventory; (b) Customer's test suite of API calls runs without error on five consecutive business days; (c) daily updates arrive in Customer's data platform by 10:00 Beijing time on five consecutive business days; and (d) the Custom Outputs have been delivered and approved by Customer.

4.2 Customer shall confirm Onboarding Acceptance in writing within five business days after the criteria are met, or state the criteria not met. Use of the sandbox or of the data during onboarding is not acceptance.

4.3 If Provider fails to deliver the Historical Backfill within the period in clause 3.2 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 400 for each day of delay, which Customer may deduct from the fees.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 286,000 for each Subscription Year, CNY 572,000 in total for the Subscription Term. There is no separate charge for onboarding, the Historical Backfill or the Custom Outputs.

5.2 Provider shall invoice the fee for each Subscription Year at the start of that Subscription Year. Customer shall pay within thirty days after receiving a correct invoice. No amount is payable before Onboarding Acceptance.

5.3 The fees include all taxes payable in China. Provider is responsible for its own taxes in the United States. The fees are fixed for the Subscription Term.

5.4 Additional named users may be added at CNY 6,500 per user per Subscription Year, pro rata.

6. AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the dashboard available and to publish updates of the Licensed Data on the schedule described in the API documentation.

6.2 Support requests may be sent by e-mail to Provider's support team, which will deal with them as soon as reasonably practicable during Provider's normal business hours in Texas. Provider may suspend the API for maintenance and will try to give advance notice of planned maintenance.

6.3 Provider makes no commitment that the Licensed Data is error-free, but shall correct errors in the Licensed Data that Customer reports, in the next regular update.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API, the dashboard and the Custom Outputs to Customer, and shall not disclose it to other customers or use it for any other purpose, including in aggregated form.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to the named support staff, and logging of all access. Customer's contract positions shall be stored only in the dedicated Customer instance and shall not be transferred to any other environment.

7.3 Provider shall notify Customer within twenty-four hours after discovering any unauthorised access to or loss of Customer Data, cooperate with Customer's investigation, and compensate Customer for the loss caused by Provider's breach of this clause 7.

7.4 Within thirty days after the end of the Subscription Term, Provider shall return Customer Data on request and then delete it.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources retain all rights in the Licensed Data and the API. Licensed Data stored by Customer during the Subscription Term may continue to be used internally by Customer after the Subscription Term.

8.2 The Custom Outputs, including their templates, queries and mappings, belong to Customer, which may use, modify and have them maintained by others without restriction.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's positions, counterparties and purchasing strategy, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of the Subscription Term.

10. LIABILITY

10.1 Neither party is liable to the other for indirect, special or consequential loss, or for trading losses arising from decisions made on the basis of the Licensed Data.

10.2 Provider's total liability under or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of clause 7 or clause 9, fraud or wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract any part of the onboarding work, the Custom Outputs or the operation of the API without Customer's prior written consent. Provider remains responsible for all subcontracted work.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the fees paid for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from or in connection with this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

14. GENERAL

14.1 This Agreement, including Exhibit A (Coverage, Backfill and Custom Outputs), is the whole agreement between the parties on its subject matter.

14.2 Amendments are valid only in writing and signed by both parties.

14.3 This Agreement is executed in English and Chinese; both versions are equally valid.

14.4 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses designated by each party. A notice sent by e-mail is received on the next business day at the place of receipt.

14.5 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

For Customer: ____________________        For Provider: ____________________
"""

# ---------------------------------------------------------------- labels (design) --------------------------------------
G, S = "goods_or_licence", "service"
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(T_KEYS)
    return dict(zip(T_KEYS, vals))


# key: (file, language, category, terms, extra, design rules, tco (fee base, fee %, warranty months) | None,
#       forum outside mainland, payment shares, price parts)
D = {
 "h990z01": ("h990z01_city_sme_financing_platform_licence.pdf", "zh", "software",
             terms(99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True,
                   "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1286000),
             ["CR-LD-LOW", "CR-SUBCONTRACT"], (612000, 8, 24), False, [20, 45, 35], [612000, 498000, 126000, 50000]),
 "h990z02": ("h990z02_fan_factory_line_control_retrofit.docx", "zh", "hardware",
             terms(None, 1, True, "buyer", True, True, False, 0.1, None, 10, True, True, 24, 7, False, False, False,
                   "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2148000),
             ["CR-CONFIDENTIALITY", "CR-TERMINATION"], (1836000, 7, 24), False, [10, 55, 35],
             [708000, 356000, 384000, 128000, 260000, 246000, 66000]),
 "h990z03": ("h990z03_accounting_training_booking_saas.txt", "zh", "cloud",
             terms(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False, True,
                   False, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=476000),
             ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None, False, [], [204000, 204000, 68000]),
 "h990z04": ("h990z04_highway_settlement_monitoring_om.txt", "zh", "services",
             terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                   False, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000),
             [], None, False, [], [286000, 148000, 122000, 82000]),
 "h990z05": ("h990z05_black_pottery_process_tracking_supplier_template.md", "zh", "software",
             terms(None, 8, False, "supplier", True, True, True, None, None, 55, False, False, 6, 25, False, True, None,
                   None, G),
             dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                  contract_value=368000),
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
             (296000, 25, 6), False, [55, 45], [296000, 52000, 20000]),
 "h990e01": ("h990e01_fleet_maintenance_licence_del_rio_vendor.pdf", "en", "software",
             terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True, False,
                   "Texas", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=1734000),
             ["CR-GOVERNING-LAW"], (1120000, 9, 24), False, [20, 45, 35], [1120000, 486000, 70000, 58000]),
 "h990e02": ("h990e02_field_service_saas_order_form_eagle_pass.md", "en", "cloud",
             terms(99.95, 1, True, "buyer", False, True, True, 600 / 838000 * 100, 150, None, True, None, None, None,
                   True, True, False, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=838000),
             ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], None, False, [], [390000, 390000, 58000]),
 "h990e03": ("h990e03_condition_monitoring_sensors_big_spring.docx", "en", "hardware",
             terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
                   "PRC", G),
             dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                  contract_value=2316000),
             [], (1826000, 6, 36), False, [10, 55, 35], [1092000, 348000, 386000, 412000, 78000]),
 "h990e04": ("h990e04_managed_it_services_36_months_childress.md", "en", "services",
             terms(None, 0.25, True, "buyer", True, True, True, 1800 / 2200000 * 100, 6 / 36 * 100, None, True, None,
                   None, None, False, True, True, "PRC", S),
             dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000),
             ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False, [], [94000] + [58500] * 36),
 "h990e05": ("h990e05_cotton_data_api_subscription_lamesa.txt", "en", "cloud",
             terms(None, None, False, "buyer", True, True, True, 400 / 572000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S),
             dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=572000),
             ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False, [], [286000, 286000]),
}
SOURCES = {k: globals()["H990" + k[4:].upper()] for k in D}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy §3 thresholds (defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(value, tco):
    base, pct, wm = tco
    years_after = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years_after
    return fees / (value + fees) * 100, value + fees


def derive(t, x, tco, forum_outside):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.append("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and tco_share(x["contract_value"], tco)[0] > TH["tco_share"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan -------------------------------------
NB = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
BAD = [NB + r"99\.90*(?!\d)" + PCT, NB + r"99\.90*(?!\d)(?!\s*\d)", NB + r"4\s*(?:hours?|hrs?|小时|个小时)",
       r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?", r"(?<![十\d])四个?(?:工作)?小时",
       NB + r"0\.050*(?!\d)" + PCT, r"万分之五(?!十)", r"千分之零点五",
       NB + r"100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百",
       NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])",
       NB + r"15(?:\.0+)?" + PCT, r"(?<![一二三四五六七八九])百分之十五",
       NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])",
       NB + r"12\s*(?:-\s*)?(?:months?|个月|月期)", r"twelve[\s-]*(?:\(12\)\s*)?months?", r"十二个月", r"(?<![\d\w])one[\s-]*year\s*warranty",
       r"一年质保|质保期一年|质保期为一年"]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.90 %", "availability 99.9 ", "4 hours", "4小时", "四小时", "four hours",
            "four (4) hours", "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "12 months", "12个月", "十二个月",
            "twelve (12) months", "12-month", "15%", "百分之十五", "40%", "百分之四十", "40 percent", "质保期为一年"]
MUST_MISS = ["130%", "24小时", "7×24小时", "24 hours", "twenty-four hours", "twenty-four (24) months", "14 hours", "0.058%",
             "99.95%", "2012年", "1.15倍", "115%", "140%", "30 days", "40个管理账号", "15个员工账号", "¥1,500", "2027年12月31日",
             "百分之五", "万分之三", "1,100 users", "5%", "150%", "200%", "四十五日", "45%", "35%", "55%", "二十四个月", "24 hours a day"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAD_RE:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


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

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    targets = {}
    for k, (name, *_r) in D.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[k] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, targets, OUT, wrap_words=True)

    covered, summary = set(), []
    for k, (name, lang, cat, t, x, design, tco, forum, pays, parts) in D.items():
        assert list(t) == T_KEYS
        assert sum(parts) == x["contract_value"], (k, sum(parts))
        assert not pays or sum(pays) == 100, k
        for p in pays:
            assert p not in (30, 15, 40, 100), (k, p)
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            if t[key] is not None:
                assert abs(t[key] - TH[key]) > 1e-9, (k, key)
        share = None
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
            assert t["final_payment_on_acceptance"] is None
        else:
            assert "post_warranty_fee_capped" in x
            share, total = tco_share(x["contract_value"], tco)
            assert abs(share - TH["tco_share"]) > 2, (k, share)
        derived = derive(t, x, tco, forum)
        assert derived == sorted(design), (k, derived, design)
        covered |= set(derived)
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": derived}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        summary.append((k, lang, n, risk(derived), derived, None if share is None else round(share, 2)))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    # the mix
    by = {s[0]: s for s in summary}
    clean = [s for s in summary if not s[4]]
    assert len(clean) == 2 and {s[1] for s in clean} == {"zh", "en"} and all(s[3] == "low" for s in clean)
    assert by["h990e01"][4] == ["CR-GOVERNING-LAW"] and by["h990e01"][3] == "low"
    assert 8 <= len(by["h990z05"][4]) <= 10
    others = [s for s in summary if s[0] not in ("h990e01", "h990z05") and s[4]]
    assert len(others) == 6 and all(2 <= len(s[4]) <= 3 for s in others)
    for s in summary:
        print(s[0], s[1], "len", s[2], s[3], s[5], ", ".join(r[3:] for r in s[4]) or "(none)")
    print("all checks passed")


if __name__ == "__main__":
    main()
