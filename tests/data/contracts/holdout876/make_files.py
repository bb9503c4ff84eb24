"""holdout876: builds the ten draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py), writes the .json
labels and asserts lengths, threshold-free texts and labels, the rule design and the rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H876Z01 = """T:孵化器与众创空间服务平台采购及定制开发合同
P:合同编号：KJJ-ZFCG-2027-018
P:采购人（甲方）：某市科学技术局
P:供应商（乙方）：某数智科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》和本项目公开招标文件、乙方投标文件，甲乙双方就孵化器与众创空间服务平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供孵化器与众创空间服务平台标准软件许可（含入驻管理、场地工位、导师服务、活动路演、政策兑现、统计监测六个模块，不限用户数，永久使用），并按甲方需求完成定制开发、数据迁移、部署实施和培训。
P:1.2 合同总价为人民币贰佰贰拾贰万元整（¥2,220,000），其中：平台软件许可费¥1,180,000；定制开发费（科技企业画像、孵化绩效评价、与市政务服务平台及统一身份认证对接）¥860,000；部署实施及历史数据迁移费¥134,000；培训费¥46,000。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后一百二十日内完成全部定制开发、部署及数据迁移，并具备初验条件。
P:2.2 交付地点为甲方指定的市政务云机房，系统部署在政务云环境中，乙方不得将系统或数据部署在其他环境。
P:2.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、设计、开发、测试、迁移和培训各阶段的时间节点，经甲方确认后执行。乙方每两周向甲方书面报告项目进度和存在的问题。
P:2.4 乙方应组建不少于八人的项目团队，项目经理须具备同类平台实施经验并常驻现场，未经甲方同意不得更换。甲方认为乙方人员不能胜任的，有权要求更换。
P:2.5 乙方应为甲方管理人员、孵化器运营人员和企业用户分别组织培训，提供操作手册、管理员手册和培训视频，保证受训人员能够独立使用平台。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 系统通过初验后十五个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验：乙方完成部署及迁移后提出书面申请，甲方在十个工作日内组织初验。初验标准为：需求规格说明书所列功能全部实现；历史入驻企业、场地及活动数据经逐条比对无遗漏、无错误；与政务服务平台及统一身份认证接口连续十日调用无差错。
P:4.2 试运行及最终验收：初验合格后进入九十日试运行期。试运行期内系统未发生一级故障，并发三百用户时页面平均响应时间不超过两秒，第三方机构出具的安全测评报告无高危漏洞的，甲方组织专家进行最终验收并出具书面验收报告。
P:4.3 系统上线、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担费用后重新验收。
H:第五条 质保与售后服务
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 服务水平：质保期内平台月度可用率不低于99.95%（计划内维护除外，维护须提前三日告知甲方）。一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，二十四小时内解决；三级问题在下一个工作日内答复。
P:5.3 服务补偿：乙方每超时响应或超时恢复一小时，向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，按¥1,500扣减当期应付款项或由乙方支付。
P:5.4 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且前三个维护年度不得上调。维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的程序、接口、源代码、数据库设计及文档，其知识产权归甲方所有。乙方应在最终验收时交付完整源代码及编译部署说明，甲方可自行或委托第三方使用、修改及许可他人使用。
P:6.3 乙方保证其交付的软件不侵犯任何第三方的合法权利，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台中的入驻企业信息、个人信息、业务数据和日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计等措施；运维人员须经甲方审批后通过堡垒机访问，不得将数据复制出政务云。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在两小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及法律责任。
P:7.4 合同终止或履行完毕时，乙方应按甲方要求将全部数据完整移交甲方，并彻底删除其持有的数据副本，向甲方出具书面删除证明。乙方应配合甲方开展网络安全等级保护测评和数据安全检查，对检查发现的问题在规定期限内整改完毕。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密义务不因本合同终止而解除，在合同终止后三年内持续有效。
H:第九条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 乙方违反第七条、第八条约定的，除赔偿甲方全部损失外，甲方有权解除合同。
P:10.4 乙方未按第五条约定提供质保服务，经甲方催告后仍未履行的，甲方有权委托第三方提供相应服务，所需费用由乙方承担，甲方可从应付款项中直接扣除。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:13.3 附件：需求规格说明书、分项报价表、项目实施计划、验收方案。附件与本合同正文不一致的，以正文为准。
P:甲方（盖章）：某市科学技术局　　乙方（盖章）：某数智科技有限公司
P:签订日期：2027年3月　日
"""

H876Z02 = """T:注塑产线控制系统改造合同
P:合同编号：BXH-SB-2027-006
P:甲方（买方）：某保鲜盒制造有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方为提高保鲜盒注塑、贴标和包装产线的自动化水平，委托乙方对其一号至六号生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:（一）更换六条产线的PLC控制器、I/O模块、触摸屏和伺服驱动系统，加装盒盖视觉检测装置，重新敷设控制网络。
P:（二）部署产线监控（SCADA）软件，采集注塑机、机械手、贴标机和包装机的运行状态、产量、能耗和报警数据，实现车间看板和班组报表。
P:（三）编写和调试全部PLC程序及上位机画面，完成与甲方现有ERP系统的工单和产量数据对接。
P:（四）改造应分线实施，每条产线停线时间不超过七日，不得影响其他产线正常生产。
P:（五）乙方应提交电气原理图、接线图、I/O点表、网络拓扑图、程序说明和设备操作维护手册各两套（纸质及电子版），并在最终验收前根据实际安装情况更新为竣工版本。
P:（六）乙方应随设备提供主要易损件的备品备件清单和两年用量的推荐库存，甲方按清单单价另行采购的，单价在质保期满后两年内不得上调。
H:第二条 合同价格
P:合同总价为人民币壹佰柒拾捌万元整（¥1,780,000），含税、含运输、安装、调试及质保期内服务。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|6套|486,000
TB:2|触摸屏HMI|18台|153,000
TB:3|伺服驱动器及电机|24套|300,000
TB:4|工业交换机及控制网络|1批|86,000
TB:5|盒盖视觉检测系统|4套|208,000
TB:6|产线监控（SCADA）软件许可|1套|227,000
TB:|软硬件小计||1,460,000
TB:7|安装调试及停线切换|1项|198,000
TB:8|PLC及上位机程序定制、ERP对接|1项|96,000
TB:9|操作及维修培训|1项|26,000
TB:|合同总价||1,780,000
H:第三条 交货与工期
P:（一）乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于合同生效后一百日内完成六条产线的改造和调试。
P:（二）设备到货时双方共同开箱清点，清点记录只证明数量和外观，不代表质量验收。
P:（三）乙方人员进入甲方厂区应遵守甲方的安全生产、消防和洁净车间管理制度，动火、登高和带电作业须事先办理审批手续。因乙方人员违章作业造成的人身伤害和财产损失由乙方负责。
P:（四）每条产线停线改造前，乙方应提交切换方案和回退方案，经甲方生产部门确认后方可实施；切换失败的，乙方应在八小时内恢复原控制系统，保证甲方恢复生产。
H:第四条 付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装后，甲方支付合同总价的55%。
P:（三）全部产线通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:（四）乙方每次请款前应开具合法有效的增值税专用发票。
H:第五条 验收
P:（一）每条产线改造完成后连续试生产七十二小时，达到以下标准视为单线合格：节拍不低于改造前水平；视觉检测漏检率不高于0.2%；SCADA数据与现场计数偏差不超过0.5%；无停机故障。
P:（二）六条产线均单线合格且连续稳定运行三十日后，双方进行最终验收并签署验收报告。
P:（三）设备安装完毕或甲方投入生产使用，均不视为验收合格。
P:（四）验收不合格的，乙方应在十日内完成整改并承担全部费用，整改后重新组织验收；因整改延误的时间计入乙方的逾期天数。
H:第六条 质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题发生的故障，由乙方免费维修或更换。
P:（二）产线控制系统发生一级故障（整线停机）的，乙方应在两小时内响应，六小时内到达现场并恢复生产；二级故障（单机停机）二十四小时内修复。乙方每超时一小时，向甲方支付¥500。
P:（三）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的32%，即每年¥467,200，维保服务内容包括定期巡检、备件更换、软件升级和故障维修。在前三个维保年度内该费率保持不变，维保合同逐年签订。
P:（四）维保期内每季度巡检一次，巡检后五日内提交巡检报告；维保期内的故障响应和到场时间与质保期相同。乙方应保证在设备停产后至少八年内继续供应备件或提供兼容替代方案。
H:第七条 知识产权
P:（一）SCADA软件及设备内置软件的知识产权归其原权利人，乙方保证甲方可永久使用。
P:（二）为本项目编写的PLC程序、上位机画面、ERP接口程序及其源代码归甲方所有，乙方应在验收时完整移交，甲方可自行修改或委托第三方修改。
H:第八条 数据安全
P:（一）产线运行数据、工艺参数和配方数据属于甲方所有，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程访问产线系统须经甲方批准，通过甲方指定的VPN和堡垒机进行，访问记录留存备查；乙方不得在工控网络中接入未经检查的移动存储介质。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产系统被攻击的，乙方应在两小时内通知甲方，配合处置并赔偿甲方全部损失。
P:（四）乙方交付的设备和软件不得含有未经甲方同意的远程控制、数据外发或自动停机功能；SCADA服务器应部署在甲方厂区内，不得将产线数据传输至乙方或任何第三方的服务器。
H:第九条 保密
P:乙方对甲方的工艺参数、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露；保密义务在合同终止后三年内有效。乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 分包
P:乙方如需将电气安装中的线缆敷设工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。其他工作不得分包。
H:第十一条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成甲方停线超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方交付的设备或软件经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方应退还已收款项，承担拆除和恢复原系统的费用。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:（二）乙方逾期完成改造超过三十日的，甲方有权解除合同，并要求乙方支付违约金、拆除已安装设备、恢复原控制系统。
P:（三）合同解除后，乙方仍应移交已完成部分的程序和技术资料，第八条、第九条的约定继续有效。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 其他
P:（一）本合同附件包括技术规格书、分项报价表、实施进度计划和验收方案，均为本合同不可分割的组成部分。
P:（二）本合同的变更须经双方书面确认。因甲方变更需求增加的工作量，双方依照分项报价表的单价协商调整价格。
P:（三）本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年4月　日
"""

H876Z03 = """沙狐球培训门店预约及会员管理系统服务合同

合同编号：SHQ-IT-2027-03
甲方（客户）：某沙狐球运动培训连锁管理有限公司
乙方（服务商）：某云端软件科技有限公司

甲方在全国经营三十家沙狐球培训门店，需要统一的课程预约、会员管理和收银系统。乙方以软件即服务（SaaS）方式向甲方提供该系统，并负责实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部提供"约球通"预约及会员管理系统的使用权，包括课程排期、场地预约、教练排班、会员卡及储值、积分、收银对账、小程序预约端和经营报表等功能。
2. 账号数量：总部管理账号二十个，每家门店前台及教练账号不超过十五个；会员及小程序用户数量不限。
3. 系统由乙方部署在境内云服务商的数据中心，乙方负责系统的运行、维护、升级和备份。
（二）实施服务
1. 乙方负责系统配置、三十家门店的开通、历史会员及储值余额的迁移、与甲方现有支付通道及财务软件的对接。
2. 乙方按甲方要求定制会员等级规则、课程包结算规则、总部经营驾驶舱和门店绩效报表。
3. 乙方负责对总部管理人员、门店店长和前台人员进行培训，每家门店至少培训一次。
（三）技术支持服务
1. 乙方提供每日八时至二十二时的热线及在线客服支持，门店营业高峰期间（周末及法定节假日）安排专人值守。
2. 乙方每季度向甲方提交一次服务报告，内容包括系统可用率、故障处理情况、版本更新说明和优化建议。
3. 系统版本升级应提前五个工作日通知甲方，升级不得导致已有功能缺失或数据丢失，不得改变甲方已定制的规则。

二、服务期限
（一）订阅服务期为两个服务年度。第一服务年度自实施验收合格之日起计算，第二服务年度自第一服务年度届满次日起计算。
（二）服务期满后本合同不自动续期。甲方需要继续使用的，双方另行协商签订合同。

三、合同价款
（一）订阅服务费：每家门店每个服务年度7,800元，三十家门店每个服务年度合计234,000元，两个服务年度合计468,000元。
（二）实施费：126,000元（含迁移、对接、定制和培训）。
（三）合同总价：594,000元（大写：伍拾玖万肆仟元整），含增值税。服务期内新增门店的，按每店每服务年度7,800元按月折算。
（四）上述单价在服务期内固定不变。除合同价款外，乙方不得以短信通道、存储扩容或接口调用等名义向甲方另行收费，但甲方书面确认的新增定制需求除外。

四、付款方式
（一）本合同签订后七个工作日内，甲方应一次性支付实施费126,000元及第一服务年度订阅服务费234,000元，合计360,000元。乙方在收到上述款项后开始实施工作。
（二）第二服务年度订阅服务费234,000元，甲方应于第二服务年度开始前十个工作日内支付。
（三）乙方收款前应开具增值税专用发票。发票信息有误的，甲方有权退回，付款期限相应顺延。
（四）新增门店的订阅服务费随下一期服务费一并结算，不单独开票。

五、实施与验收
（一）乙方应在收到第四条第（一）项款项后六十日内完成全部门店的开通和实施工作。
（二）实施验收标准：
1. 三十家门店全部开通，合同约定的功能均可正常使用；
2. 历史会员、储值余额和剩余课时全部迁移，经甲方抽查核对无差错；
3. 支付通道和财务软件对接后连续七日对账一致；
4. 定制报表与甲方提供的样表口径一致。
（三）乙方完成实施后书面通知甲方，甲方在七个工作日内组织验收并签署验收单。门店试用或甲方付款均不视为验收合格。
（四）验收不合格的，乙方应在十日内整改完毕后重新提交验收，整改期间不计入服务期。

六、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在每日零时至六时之间并提前告知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体不可用、无法预约或收银）：30分钟内响应，三小时内恢复；
2. 二级故障（部分功能异常、个别门店无法使用）：两小时内响应，二十四小时内解决；
3. 三级问题（咨询或一般缺陷）：一个工作日内答复。
（三）服务水平未达到上述标准的，乙方应在五个工作日内提交原因分析和改进报告，但不因此承担扣减服务费、服务抵扣或赔偿责任。
（四）系统发生一级故障的，乙方应每小时向甲方通报一次处理进展，故障排除后两个工作日内提交故障报告，说明原因、影响范围和防范措施。
（五）乙方应保证门店在网络中断时仍可离线登记预约和收银，网络恢复后自动同步数据。

七、数据与安全
（一）甲方及其会员在系统中产生的会员信息、消费记录、预约记录和经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守个人信息保护相关法律法规，对会员个人信息进行加密存储和访问控制，每日备份，保留操作日志不少于六个月。
（三）发生数据泄露、丢失或被非法访问的，乙方应在二小时内通知甲方，采取补救措施，并承担由此给甲方造成的损失。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求的格式导出并移交全部数据，移交完成后删除其存储的数据并书面确认。
（五）乙方应确保系统通过网络安全等级保护二级测评，每年至少进行一次渗透测试，并将测试结论和整改情况告知甲方。乙方人员访问甲方生产数据须经授权并留有记录。

八、保密
双方对在合作中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其员工和技术支持人员遵守本条约定，并对其违反行为承担责任。本条在合同终止后三年内有效。

九、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的会员规则配置、结算规则、驾驶舱和报表模板归甲方所有，甲方可在其他系统中自由使用和修改。

十、分包
乙方不得将本合同项下的实施工作分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、违约责任
（一）乙方未按第五条第（一）项期限完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失除外。

十二、合同解除
（一）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）因乙方原因解除合同的，乙方应退还甲方已付但未使用期间的订阅服务费，并协助甲方完成数据迁移。
（三）乙方逾期完成实施超过三十日的，甲方有权解除合同，乙方应退还甲方已付全部款项。
（四）甲方门店关闭的，甲方可书面通知减少相应门店，自下一个服务年度起相应减少订阅服务费。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同附件包括功能清单、实施计划和数据迁移方案，与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　乙方（盖章）：
日期：2027年5月　日
"""

H876Z04 = """健身步道智能计数系统运维服务合同

项目名称：2027年度健身步道智能计数系统运维服务
采购方式：竞争性磋商
采购人（甲方）：某市体育局
供应商（乙方）：某智慧体育运营服务有限公司

根据本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方建设的全市十二条健身步道智能计数系统，包括：步道出入口的八十六台客流计数终端（含红外对射和摄像计数两类）、二十四块户外信息显示屏、步道沿线的二十台体质监测自助终端、数据传输网络，以及部署在市政务云的健身步道管理平台。
（二）服务内容包括：设备日常巡检和清洁、故障维修和部件更换、平台软件维护和数据维护、计数数据统计分析、节假日和大型赛事期间的保障服务。
（三）设备因人为破坏、自然灾害或超过使用年限需整机更换的，更换设备费用由甲方另行承担，乙方负责拆装和调试。
（四）服务开始前，甲乙双方应共同清点设备，对每台设备的位置、型号、运行状态进行登记，形成设备台账并签字确认；此前已存在的故障由双方另行确认处理方式，不计入乙方的考核。
第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期届满本合同终止，不自动续期。乙方应在服务期开始前十日内完成与原运维单位的交接，熟悉全部设备和平台的运行情况。服务期届满时，乙方应配合甲方完成与下一服务商的交接。
第三条 服务费用及支付
（一）服务费用总额为人民币叁拾捌万陆仟元整（¥386,000），包括人工费、备品备件费（单件价格二千元以下的部件）、交通费、工具费和税费。
（二）服务费用按季度支付，每季度96,500元。每季度结束后，甲方根据第五条的季度考核结果，在十五个工作日内支付该季度服务费用，考核扣款从当季服务费用中扣除。
（三）甲方不向乙方支付预付款。
（四）乙方每次请款时应提交当季考核结果确认单和合法有效的发票。甲方按照财政国库集中支付的规定办理付款手续。
（五）服务期内设备数量增加或减少的，按本合同服务费用除以设备总数的单价，按实际服务月数相应调整服务费用。
第四条 服务要求
（一）乙方应组建不少于六人的运维团队，其中驻场工程师两名，工作日在甲方指定地点办公。运维人员名单报甲方备案，人员变动应提前七日告知甲方。
（二）巡检：每月对全部计数终端和显示屏巡检一次，每季度对网络和平台进行一次全面检查，巡检结果在巡检完成后三个工作日内录入管理平台。
（三）故障响应：
1. 一级故障（管理平台无法访问，或任一条步道的计数终端全部失效）：乙方应在6小时内响应，二十四小时内修复；
2. 二级故障（单台计数终端、显示屏或体质监测终端失效）：乙方应在十二个工作小时内响应，三个工作日内修复；
3. 三级问题（数据偏差、显示异常、操作咨询）：两个工作日内处理完毕。
（四）乙方每超时响应或超时修复一小时，按二百元扣减当季服务费用；同一设备一个月内重复发生同类故障三次以上的，乙方应更换该设备的故障部件。
（五）乙方应于每年3月31日前完成全部户外设备的年度检修，于每季度末完成该季度的计数数据统计分析报告。
（六）春节、国庆及市级以上赛事期间，乙方应安排专人现场值守。
（七）乙方应在本市设立备件库，常用部件的库存不少于终端总数的一成，并每月向甲方报送备件出入库记录。更换下来的旧部件应交回甲方统一处置，乙方不得自行处理。
（八）乙方每月五日前向甲方提交上月运维月报，内容包括巡检情况、故障统计、备件消耗、各步道客流统计和改进建议；甲方对月报有疑问的，乙方应在三个工作日内作出说明。
（九）甲方根据管理需要调整显示屏发布内容或统计口径的，乙方应在五个工作日内完成配置，不另行收费。
第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检计划完成情况、故障响应及修复时限、计数数据完整性（每台终端每日数据均已上传）、统计分析报告的质量、服务投诉处理情况。
（二）服务期届满后，甲方组织年度验收，验收标准为：全部季度考核合格；设备台账、巡检记录、维修记录和更换部件记录完整；全部设备运行正常，乙方已将运维资料移交甲方。
（三）季度考核不合格的，乙方应在十日内整改；连续两个季度考核不合格的，视为乙方严重违约。
（四）季度考核结果由甲方书面通知乙方，乙方有异议的，可在收到通知后五个工作日内提出复核申请，甲方应在五个工作日内答复。
第六条 数据安全
（一）计数数据、视频图像、体质监测数据和平台日志均归甲方所有，乙方仅可为本合同目的处理，不得复制、留存或提供给任何第三方。
（二）体质监测终端采集的个人信息应按照《个人信息保护法》的要求处理，摄像计数终端仅保存计数结果，不得存储可识别个人身份的图像。
（三）乙方访问管理平台须使用甲方分配的个人账号，不得共用账号，操作日志由甲方留存。乙方应落实防病毒、漏洞修补和口令管理措施。
（四）发生数据泄露、篡改或网络攻击事件的，乙方应在两小时内报告甲方，配合处置，并承担因其过错造成的全部损失和法律责任。
（五）服务期届满或合同解除时，乙方应删除其因运维工作取得的全部数据副本，并向甲方出具书面删除说明。
第七条 知识产权
乙方在运维过程中编写的脚本、统计分析模型、报表和运维文档归甲方所有，甲方可自由使用和修改。乙方保证其提供的部件和软件不侵犯第三方权利。原系统软件的著作权仍归原开发单位，乙方在运维中修改平台配置或程序的，应事先征得甲方同意，并将修改内容记录在运维档案中。
第八条 分包
乙方不得将本合同的服务转包或分包。
第九条 违约责任
（一）乙方未按第四条第（五）项的期限完成年度检修或季度统计分析报告的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）因乙方维修不当造成设备损坏的，乙方应负责修复或按原价赔偿。
（三）因乙方原因造成人身伤害或第三方财产损失的，由乙方承担全部责任。
（四）甲方未按约定支付服务费用的，每逾期一日按应付未付金额的万分之二支付违约金，但因财政资金拨付程序造成的合理延迟除外。
第十条 合同解除
（一）乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）合同解除后，乙方应在七日内移交全部运维资料、备件台账和平台账号。
（三）甲方解除合同后，可另行委托其他服务商提供服务，乙方应配合办理交接，交接期间不得中断系统运行。
第十一条 安全作业
乙方人员在户外作业时应设置警示标志，登高作业须配备安全防护用品，雨雪、大风等恶劣天气不得进行户外高处作业。乙方应为运维人员购买意外伤害保险。
第十二条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
第十三条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：某市体育局　　　　乙方（盖章）：
日期：2026年12月　日
"""

H876Z05 = """# 软件许可及定制开发合同

**（织云软件标准合同文本 V3.0）**

合同编号：ZY-XK-2027-0412

甲方（用户）：某丝网花工作室

乙方（开发方）：某织云软件有限公司

甲方拟采购乙方"花作坊生产工序跟踪软件"并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"花作坊生产工序跟踪软件"标准版的使用许可，用于甲方丝网花的订单管理、绕丝、浸膜、定型、组装、包装等工序的报工、在制品跟踪、计件工资核算和库存管理。

1.2 乙方按甲方提出的需求进行定制开发，包括：按款式的工序路线配置、浸膜液配比记录、手机扫码报工、计件工资报表和电商平台订单导入接口。定制需求以双方确认的《需求确认单》为准。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 软件部署在甲方工作室的本地服务器上，手机报工端通过甲方的无线网络访问。甲方如需外网访问或多地使用，应另行购买乙方的远程访问组件。

1.5 乙方向甲方交付软件安装程序、许可密钥、操作手册和管理员手册各一套。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产工序跟踪软件标准版许可（二十个用户，永久） | 86,000 |
| 2 | 定制开发 | 118,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 222,000 |

2.1 合同总价为人民币贰拾贰万贰仟元整（¥222,000）。

2.2 甲方增加用户数的，按乙方当时的报价另行购买。需求确认单以外的新增需求，乙方按人天另行报价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥144,300。乙方收到款项后启动开发工作。

3.2 软件安装部署完成后五个工作日内，甲方支付合同总价的35%，即¥77,700。

3.3 乙方在收到每笔款项后开具相应金额的增值税普通发票。

3.4 甲方需要开具增值税专用发票的，应在付款前提供开票信息，由此增加的税费由甲方承担。

## 第四条 交付与验收

4.1 乙方在收到首付款后九十个工作日内完成定制开发，并在甲方工作室安装部署。

4.2 交付进度受甲方需求确认、资料提供和现场配合情况影响，乙方可据此相应顺延交付时间，因交付延期乙方不承担违约金或赔偿责任。

4.3 软件安装部署完成之日即视为甲方验收合格。甲方在使用中发现的问题，由乙方在免费维护期内处理。

4.4 乙方在安装部署时为甲方的管理人员和报工人员提供不超过两天的现场培训。甲方人员变动需要再次培训的，乙方按人天另行收费。

4.5 甲方提供的基础数据（款式、工序、员工、物料等）应在乙方要求的时间内按乙方模板整理完毕，因甲方数据不完整造成的初始化延误由甲方负责。

## 第五条 免费维护与后续维护

5.1 软件安装部署完成后，乙方提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

5.2 技术支持方式为电话、微信和远程协助，服务时间为工作日9:00至18:00。乙方将尽商业上合理的努力协助甲方解决使用中遇到的问题。

5.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的价目表计收。

5.4 因甲方操作不当、擅自修改软件、硬件或网络故障、病毒感染等原因导致的问题，不属于免费维护范围，乙方可按人天收取服务费。

5.5 免费维护期内，乙方对标准版软件的版本升级以远程方式提供；定制功能在升级后需要适配的，乙方按人天另行报价。

5.6 甲方未签订年度维护协议的，乙方不再提供缺陷修复、远程协助和版本升级，由此产生的影响由甲方自行承担。

## 第六条 知识产权

6.1 标准版软件的著作权及其他知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关文档，其知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

6.3 乙方不向甲方提供源代码。

## 第七条 数据

7.1 甲方在软件中录入和产生的订单、工序、工资和库存数据归甲方所有。

7.2 甲方同意，乙方可对甲方的生产数据和软件使用数据进行脱敏和汇总后，用于改进其产品、开发新功能及编制手工制品行业分析报告，该等使用不需另行取得甲方同意，也不向甲方支付费用。

7.3 乙方在远程维护中接触甲方数据时，应采取必要的安全措施，使用加密通道连接，不得擅自复制甲方的原始数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后二十四小时内通知甲方，协助恢复数据，并对由此给甲方造成的直接损失承担赔偿责任。

7.4 乙方远程维护须事先取得甲方同意，维护结束后应断开连接并告知甲方维护内容。乙方技术人员应使用实名账号登录，不得修改甲方的业务数据。

## 第八条 保密

8.1 双方对在合作过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意，不得向第三方披露。

8.2 乙方的软件界面、功能设计、报价及本合同条款属于乙方的商业秘密，甲方不得向第三方披露。

8.3 本条义务在本合同终止后三年内有效。

## 第九条 甲方的义务

9.1 甲方应指定专人负责需求确认和项目配合，在乙方提出要求后三个工作日内提供所需资料。

9.2 甲方应提供符合乙方要求的服务器、电脑、扫码枪和网络环境。

9.3 甲方应按照乙方提供的操作手册使用软件，并做好数据备份。

9.4 甲方不得将软件复制到许可范围以外的电脑，不得将许可账号出借给第三方，不得利用软件为其他单位提供服务。甲方超出许可范围使用的，应按乙方报价补缴许可费用。

## 第十条 违约责任

10.1 甲方逾期付款的，乙方有权暂停开发、部署或维护服务，交付时间相应顺延。

10.2 乙方交付的软件侵犯第三方著作权或专利权的，由乙方负责与第三方交涉，并承担由此产生的相应责任。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.4 因不可抗力、网络运营商故障、第三方平台接口变更等非乙方原因导致软件无法正常使用的，乙方不承担责任，但应协助甲方采取补救措施。电商平台订单导入接口因平台规则调整需要修改的，乙方按人天另行报价。

## 第十一条 合同解除

11.1 乙方严重违约，经甲方书面通知后三十日内仍未改正的，甲方有权解除本合同。

11.2 甲方未按约定付款超过三十日的，乙方有权解除本合同，已收款项不予退还。

11.3 本合同解除的，甲方应停止使用定制功能模块，已完成的定制开发工作量按乙方的人天单价结算，多退少补。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

13.3 《需求确认单》和《操作手册》为本合同附件。附件与本合同不一致的，以本合同为准。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：2027年6月　日
"""

H876E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Lianhe Ceramic Tiles Co., Ltd., a company registered in Foshan, Guangdong Province, People's Republic of China (the "Customer"), and Rhodope Systems EOOD, a company registered in Kardzhali, Republic of Bulgaria (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance planning software, PlantKeeper, and to have the Vendor configure, implement and support it for the Customer's three production plants. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means PlantKeeper version 8, including the asset register, work order, preventive maintenance, spare parts and mobile technician modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, kiln and press maintenance templates, reports, interfaces to the Customer's ERP and energy metering systems, data migration scripts and related documentation produced by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written acceptance of the whole system under Article 5.
P:1.4 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including asset records, maintenance history, spare parts stock and personal data of the Customer's staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users and 60 mobile devices at the Customer's plants and offices in the People's Republic of China, including use by the Customer's affiliates and by contractors working for the Customer.
P:2.2 The Software will be installed on servers owned by the Customer in its own data centre in Foshan. The licence is not dependent on any connection to the Vendor's systems and does not expire if support is not purchased.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,708,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,260,000; implementation services (configuration, Custom Deliverables, data migration and go-live support) CNY 410,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. Additional named users may be purchased during the first three years after Final Acceptance at the unit price stated in the Vendor's offer attached as Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 341,600) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 768,600) within 30 days after go-live of the Software in all three plants. Go-live does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 597,800) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and data migration, and put the system into productive use in all three plants, within 150 days after signature.
P:5.2 Final Acceptance tests are carried out by the Customer with the Vendor's assistance after 60 days of productive use. The system passes Final Acceptance when: all functions in the agreed specification work as described; migrated asset records and maintenance history reconcile with the source data without unexplained differences; the ERP and energy metering interfaces run for 20 consecutive working days without failure; and no Severity 1 incident occurred during the last 30 days of productive use.
P:5.3 The Customer shall issue a written acceptance certificate within ten working days after the tests are passed, or list the defects found. The Vendor shall correct listed defects and the tests are repeated. Productive use of the system or payment of any instalment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor corrects defects, supplies updates and new versions of the Software, and provides support, all free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the system is unavailable or work orders cannot be created in any plant. Severity 2: a module or interface does not work but a workaround exists. Severity 3: other defects and questions. The Vendor shall respond to a Severity 1 incident within one hour at any time of day, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents are responded to within two hours during business hours and fixed within ten working days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor grants a service credit of CNY 1,000, deducted from the next payment or paid to the Customer.
P:6.4 After the warranty period, the Customer may order annual support from the Vendor. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and is fixed for the first three support years. Support covers the same services and the same response times as the warranty. Each support year is ordered separately, and support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The Customer's rights in the Software are those granted in Article 2.
P:7.2 All rights in the Custom Deliverables pass to the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, analytics or benchmarking.
P:8.2 The Vendor's personnel may access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department, or on site. The Vendor shall not copy Customer Data outside the People's Republic of China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss of, Customer Data for which it is responsible, cooperate in the investigation, and bear the losses and costs caused by its breach.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, except to its advisers under a duty of confidence or as required by law.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay
P:10.1 If the Vendor fails to complete the work in Article 5.1 on time for reasons attributable to it, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Liquidated damages do not prevent the Customer from terminating this Agreement under Article 12.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, breach of Articles 8 and 9, or the indemnity in Article 7.3.
P:11.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting and Termination
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if the liquidated damages under Article 10 reach their maximum.
P:12.3 If the Customer terminates under Article 12.2 before Final Acceptance, the Vendor shall refund the amounts paid for the parts of the services that cannot be used, and the Customer keeps the licence for the Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Bulgaria, excluding its conflict of laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Disputes shall first be discussed between senior managers of the parties. If a dispute is not resolved within 30 days, it shall be settled finally by arbitration at the Court of Arbitration at the Bulgarian Chamber of Commerce and Industry in Sofia, in English, by three arbitrators.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (functional specification) and Annex 2 (Vendor's offer), is the entire agreement between the parties. In case of conflict, this Agreement prevails over the annexes.
P:14.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.
P:14.3 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H876E02 = """# ORDER FORM AND GENERAL TERMS: CATALOGHUB PRODUCT INFORMATION PLATFORM

Order Form No. IH-OF-2027-0219

## PART A: ORDER FORM

### A1. Parties

**Customer:** Ningbo Haichen Home Furnishing Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China.

**Vendor:** Ionian Hub Software S.A., a company registered in Preveza, Hellenic Republic, acting through its registered branch office in Shanghai.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

### A2. Subscription

The Vendor shall provide the CatalogHub product information management service (the "Service") to the Customer: a central catalogue of product data, images, dimensions, materials and certificates for the Customer's furniture ranges, with export channels to the Customer's own web shop, to three overseas marketplaces and to printed price lists. The subscription covers 45 named users, 60,000 product records (SKUs), 2 TB of digital assets and the channels listed in Annex A. Users are employees or contractors of the Customer and its affiliates in the People's Republic of China.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual, 45 users, 60,000 SKUs | 298,000 |
| Subscription fee, Subscription Year 2 | annual, 45 users, 60,000 SKUs | 298,000 |
| Onboarding services | fixed price | 52,000 |
| Total fees for the Initial Term | | 648,000 |

Fees include VAT. Additional users cost CNY 3,900 per user per Subscription Year, prorated by month; they are not part of the total above.

### A4. Term and Renewal

The Subscription Start Date is the date of Onboarding Acceptance under A5. The Initial Term is two Subscription Years from the Subscription Start Date.

After the Initial Term, this Agreement renews automatically for a further Subscription Year, and then for each following Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the current term. The Vendor may increase the subscription fee for any renewal term by up to 9% by notice given at least 75 days before that renewal term starts.

### A5. Onboarding and Onboarding Acceptance

The Vendor shall within 70 days after signature: configure the product data model for the Customer's six furniture ranges; migrate about 42,000 existing product records and 180,000 images from the Customer's spreadsheets and file server; set up the web shop, marketplace and price list channels; and train the Customer's users.

Onboarding Acceptance takes place when the Customer has verified that: the migrated records match the source files in a sample of 500 records chosen by the Customer; each export channel has published a test catalogue correctly; and key users have completed training. The Customer shall confirm acceptance in writing within seven working days or list the defects. Use of the Service during onboarding is not acceptance.

If onboarding is not completed within the 70 days for reasons attributable to the Vendor, the Vendor shall pay delay damages of CNY 500 for each day of delay, up to CNY 26,000.

### A6. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days by bank transfer in CNY. The Vendor issues PRC VAT invoices through its Shanghai branch.

Signed for the Customer: ____________  Signed for the Vendor: ____________

## PART B: GENERAL TERMS

### 1. Service Levels

1.1 The Vendor shall make the Service available at least 99.5% of the time in each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 06:00 China Standard Time.

1.2 If monthly availability falls below the commitment in 1.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.5 percentage point of shortfall, up to half of that monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the term.

1.3 The Vendor shall respond to Severity 1 incidents (the Service is unavailable or no channel can be published) within one hour, 24 hours a day, and to Severity 2 incidents within three business hours. The Vendor shall keep the Customer informed of progress every two hours until a Severity 1 incident is resolved.

1.4 The Vendor shall give the Customer a monthly report of availability, incidents and credits.

1.5 Support is provided in English and Chinese through a web ticket portal and a telephone hotline. Severity 1 incidents must also be reported by telephone. The Vendor shall assign a named customer success manager who holds a review meeting with the Customer each quarter.

### 2. Customer Data

2.1 All product data, images, documents and other content uploaded by or for the Customer ("Customer Data") belongs to the Customer.

2.2 The Vendor may use Customer Data to provide the Service.

2.3 The Customer also grants the Vendor a perpetual, royalty-free licence to compile aggregated and anonymised data derived from Customer Data and from the Customer's use of the Service, such as attribute completeness, category structures and channel performance statistics, and to use that data to improve and develop its products and to publish industry benchmarks. This licence continues after the end of the Agreement.

2.4 At the end of the Agreement the Vendor shall make Customer Data available for export in standard formats for 60 days and then delete it, except the aggregated data under 2.3.

### 3. Data Security

3.1 The Service is hosted in data centres in mainland China operated by a cloud provider holding an MLPS level 3 filing. The Vendor maintains ISO/IEC 27001 certification for the Service.

3.2 The Vendor shall encrypt Customer Data in transit and at rest, restrict access by its personnel to named support engineers on a need-to-know basis with multi-factor authentication, keep access logs for at least six months, and back up Customer Data daily.

3.3 The Vendor shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and compensate the Customer for losses resulting from the Vendor's failure to comply with this Section 3.

3.4 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in providing the Service.

### 4. Confidentiality

4.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

4.2 This Section 4 continues for three years after the end of the Agreement.

### 5. Intellectual Property

5.1 The Vendor owns the Service and all related software, documentation and know-how.

5.2 The Customer owns the data model configurations, export templates, price list layouts and mapping rules created for it during onboarding or later at its request ("Customer Configurations"). The Vendor shall deliver them to the Customer on request in a documented format, and the Customer may use, modify and license them freely, including with another provider.

### 6. Subcontractors

6.1 The Customer approves the cloud hosting provider named in Annex A.

6.2 The Vendor shall not subcontract any other part of the Service or the onboarding services without the Customer's prior written consent, and remains responsible for its subcontractors.

### 7. Liability

7.1 Each party's aggregate liability under the Agreement is limited to twice the total fees payable for the Initial Term.

7.2 The limit in 7.1 does not apply to breaches of Sections 2, 3 or 4, to personal injury, or to fraud or wilful misconduct.

7.3 Neither party is liable for indirect or consequential loss, except in the cases listed in 7.2.

### 8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

8.2 If the Customer terminates under 8.1, the Vendor shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

8.3 Sections 2, 4, 7 and 9 survive termination.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration is conducted in English and Chinese, and the award is final and binding on both parties.

### 10. General

10.1 Neither party may assign the Agreement without the other party's written consent.

10.2 Amendments must be in writing and signed by both parties. This Order Form may be signed in counterparts and by electronic signature.

10.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war or acts of government, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Failures of the Vendor's own suppliers, including the hosting provider, are not such events.
"""

H876E03 = """T:Purchase Contract for Kiln and Mill Condition Monitoring System
P:Contract No. JY-EQ-2027-044
P:Buyer: Wuhu Jiangyan Cement Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Struma Sense Technologies OOD, registered in Pernik, Republic of Bulgaria.
P:The Buyer has selected the Supplier's tender for a wireless condition monitoring system for the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines. This contract is issued on the Buyer's standard terms for equipment purchases and the parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, server software and monitoring licence listed in the price table in clause 2, installed and configured at the Buyer's plant.
P:1.2 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.
P:1.3 "Buyer Data" means all measurements, alarms, reports and other data collected or generated by the System, and all information about the Buyer's plant and operations made available to the Supplier.
P:1.4 "Custom Work" means the alarm rules, machine models, dashboards, interfaces to the Buyer's DCS and maintenance system, and documentation prepared by the Supplier for this contract.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's DCS and maintenance management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,480,000, fixed, inclusive of VAT, packing, freight and insurance to the Buyer's plant, import formalities, installation, and all services during the warranty period. It is made up as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|320|688,000
TB:2|Industrial gateways with mounting kits|24|235,200
TB:3|Monitoring server software, perpetual licence, unlimited users|1|386,000
TB:|Equipment and Licence Subtotal||1,309,200
TB:4|Installation, cabling and configuration|lump sum|142,000
TB:5|Commissioning, DCS interface and training|lump sum|28,800
TB:|Contract Price||1,480,000
P:2.3 The server software will run on servers supplied by the Buyer in the Buyer's control room. The licence is perpetual and irrevocable and does not depend on support being purchased.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's plant within 60 days after signature and complete installation within 45 days after delivery. Installation work shall be planned with the Buyer's production department and carried out during planned kiln stops where required.
P:3.2 Supplier personnel on site shall follow the Buyer's safety rules, including permit-to-work, hot work and working-at-height procedures.
P:3.3 On completion of installation the parties sign an Installation Certificate. The Installation Certificate confirms only quantities and installation and is not acceptance of the System.
P:3.4 The Supplier shall deliver, in Chinese and English, the installation drawings, sensor location list with asset tags, network diagram, gateway configuration, user manual, administrator manual and maintenance manual, updated to the as-built state before Final Acceptance.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 148,000) is paid within 30 days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 814,000) is paid within 30 days after the Installation Certificate is signed.
P:4.3 35% of the Contract Price (CNY 518,000) is paid within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. Payments are made in CNY to the Supplier's account stated in the contract.
H:5. Acceptance
P:5.1 After installation the System runs for a trial period of 45 days. Final Acceptance tests are carried out at the end of the trial period according to the acceptance test plan in Annex 3.
P:5.2 The System passes Final Acceptance when: every sensor transmits data at the agreed interval with no more than the agreed packet loss; measured values are within the accuracy stated in the technical specification when compared with the Buyer's calibrated portable instrument on at least 30 measuring points; alarms reach the DCS and the maintenance system within ten seconds; and no Severity 1 incident occurred during the trial period.
P:5.3 The Buyer issues the acceptance certificate within ten working days after the tests are passed. If the tests fail, the Supplier corrects the defects at its cost and the tests are repeated. Use of the System during the trial period does not count as acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier repairs or replaces defective equipment, including sensor batteries that fail before their rated life, corrects software defects and supplies software updates free of charge.
P:6.2 Severity 1 means that the monitoring server or more than a tenth of the sensors stop working. The Supplier shall respond to a Severity 1 incident within one hour, start remote diagnosis immediately, and send an engineer to site within 48 hours if remote repair fails. Severity 2 incidents are responded to within one working day.
P:6.3 For each hour by which the Supplier misses the Severity 1 response time, it pays CNY 600, and for each day by which it misses the on-site time, CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period the Buyer may order annual support. The annual support fee is 9% of the Equipment and Licence Subtotal, that is CNY 117,828 per year, fixed for the first two support years. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and replacement sensors available for at least seven years after Final Acceptance.
P:6.6 The Supplier shall train up to twelve maintenance engineers and four reliability analysts of the Buyer on site, covering sensor mounting and replacement, gateway configuration, alarm handling, vibration analysis in the software and routine administration of the server, so that the Buyer can operate the System without assistance.
H:7. Intellectual Property
P:7.1 The Supplier keeps the rights in its standard software and firmware. The Buyer receives the perpetual licence described in clause 2.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the Custom Work, including interface source code and configuration files, at Final Acceptance. The Buyer may use, modify and license the Custom Work freely, and may have it maintained by third parties.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this contract and shall not use it for any other purpose, including product development or statistics, even in anonymised form.
P:8.2 The System stores all data on the Buyer's servers. The gateways shall not send data to any destination outside the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's VPN, after approval of each session, and is logged.
P:8.3 The Supplier shall comply with PRC laws on cybersecurity, data security and personal information. The Supplier shall report any security incident affecting Buyer Data to the Buyer within 12 hours, cooperate in the investigation, and bear the losses caused by its breach.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production figures and systems received under this contract and shall not disclose it to third parties without the Buyer's prior written consent.
P:9.2 This obligation continues for three years after the end of the contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment and services that the Buyer cannot use and shall remove its equipment at its own cost if the Buyer so requests. Clauses 7, 8, 9 and 10 survive termination.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be settled by friendly negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:14. Miscellaneous
P:14.1 The annexes are: Annex 1 Technical Specification; Annex 2 Sensor Location List; Annex 3 Acceptance Test Plan.
P:14.2 This contract is made in English and Chinese. Both versions are equally authentic.
P:14.3 Notices under this contract are given in writing to the addresses of the parties stated above, or by email to the project managers named in Annex 1, and take effect on receipt. Amendments are valid only if made in writing and signed by authorised representatives of both parties.
P:Buyer: ____________________    Supplier: ____________________
"""

H876E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. AKM-QD-2027-07

This Managed IT Services Agreement (the "Agreement") is made between:

- **Qingdao Beihai Marine Equipment Co., Ltd.**, a company registered in Qingdao, Shandong Province, People's Republic of China (the "Customer"); and
- **Acheloos Managed Services M.A.E.**, a company registered in Agrinio, Hellenic Republic, acting through its wholly owned service company in Qingdao (the "Provider").

## Section 1. Purpose and Structure

1.1 The Customer operates a head office, two factories, a warehouse and a service centre in Shandong Province. The Provider shall run the Customer's IT service desk and manage its end-user devices, servers, local networks and backup for a fixed term of 36 months.

1.2 The Agreement consists of these Sections and three Schedules: Schedule 1 (Service Scope), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If there is a conflict, the Sections prevail over the Schedules.

## Section 2. Term

2.1 The Agreement starts on signature. The Service Period of 36 months starts on the Service Commencement Date, which is the day after Transition Acceptance under Section 4.

2.2 The Agreement expires at the end of the Service Period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Services

3.1 The Provider shall perform the services described in Schedule 1 (the "Services") with qualified staff, following the processes described in the Provider's service description and the Customer's IT policies as notified to the Provider.

3.2 The Provider shall station three engineers at the Customer's head office and one engineer at each factory during working hours, and run the service desk from its Qingdao service centre 24 hours a day, seven days a week.

3.3 The Provider shall keep an up-to-date inventory of all managed devices and software licences, and shall report monthly on tickets, service levels, changes and recommendations. A service review meeting is held each month, and a management review each quarter.

3.4 The Provider shall carry out changes to the Customer's systems only under the change management procedure agreed during transition. Emergency changes must be approved by the Customer's IT manager by telephone and documented afterwards.

## Section 4. Transition

4.1 Within 60 days after signature the Provider shall take over the Services from the Customer's internal IT team and previous supplier, including the collection of documentation, the set-up of the ticketing and monitoring tools, the recording of all devices in the inventory and the knowledge transfer to its staff.

4.2 Transition Acceptance takes place when the Customer confirms in writing that: the inventory covers all devices found in a physical check at each site; monitoring is active for all servers and network devices listed in Schedule 1; the service desk has handled tickets for 14 consecutive days within the Schedule 2 service levels; and all runbooks required by the transition plan are approved. Running the service desk during transition is not acceptance.

4.3 If Transition Acceptance is not achieved within the 60 days for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 2,000 per day of delay, up to CNY 90,000.

## Section 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Service levels are measured monthly by the ticketing and monitoring tools, to which the Customer has read access.

5.2 If a service level is missed, the Provider gives the Customer the service credit stated in Schedule 2. Service credits are deducted from the next invoice. Service credits in a month may not exceed a quarter of that month's Monthly Service Charge.

5.3 If the same service level is missed in three consecutive months, the Provider shall submit a written improvement plan within ten working days and implement it at its own cost.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the whole Service Period.

6.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charges are invoiced quarterly in arrears, after the monthly service reports for the quarter have been accepted by the Customer. Invoices are payable within 30 days in CNY.

6.3 If the number of managed devices changes by more than a tenth compared with Schedule 1, the parties shall agree an adjustment of the Monthly Service Charge using the unit rates in Schedule 3.

## Section 7. Customer Data

7.1 All data stored on the Customer's devices and systems, and all data the Provider receives from the Customer in performing the Services ("Customer Data"), remains the property of the Customer. The Provider shall use Customer Data only to provide the Services.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public business, technical and commercial information of the other party received in connection with the Agreement, use it only for the Agreement, and not disclose it to third parties without the other party's prior written consent.

8.2 This Section continues for three years after the end of the Agreement.

## Section 9. Intellectual Property

9.1 The Provider keeps the rights in its own tools, methods and service management software.

9.2 Runbooks, scripts, configuration baselines, inventory records and documentation prepared by the Provider for the Customer belong to the Customer. The Customer may use, modify and license them freely, including with a replacement provider.

## Section 10. Liability

10.1 Each party's total liability under the Agreement is limited to 150% of the total charges payable for the Service Period under Schedule 3.

10.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 8.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. Approved subcontractors must accept obligations equivalent to this Agreement, and the Provider remains fully responsible for them.

## Section 12. Term and Termination

12.1 The Agreement may not be terminated before the end of the Service Period, except by either party by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

12.2 For any breach by the Provider, including a failure to meet the service levels, the Customer's remedies are the service credits under Schedule 2, the improvement plan under Section 5.3 and damages subject to Section 10.

12.3 At the end of the Service Period the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days, at the daily rates in Schedule 3, and hand over all documentation and credentials.

## Section 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## Section 14. General

14.1 Notices are given in writing to the addresses of the parties, with a copy by email to the contract managers.

14.2 The Agreement is made in English and Chinese. In case of difference, the Chinese version prevails.

Signed for the Customer: ______________  Signed for the Provider: ______________

## Schedule 1. Service Scope

| Service | Scope | Quantity |
|---|---|---|
| Service desk | telephone, email and portal, Chinese and English, 24x7 | 1,150 users |
| End-user device management | laptops, desktops, printers, mobile devices: set-up, updates, repairs | 1,320 devices |
| Server management | Windows and Linux servers, virtualisation hosts, monitoring and updates | 86 servers |
| Network management | switches, wireless access points, firewalls at five sites, monitoring | 214 devices |
| Backup management | daily backup jobs, restore tests each quarter | 86 servers |
| Asset and licence management | inventory, software licence records | all managed items |

## Schedule 2. Service Levels and Service Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (site or critical system down) response | 15 minutes | 3% of Monthly Service Charge |
| Priority 1 incident resolution or workaround | 6 hours | 5% of Monthly Service Charge |
| Priority 2 incident response | 1 hour | 2% of Monthly Service Charge |
| Monitoring and ticketing platform availability | 99.95% per month | 2% of Monthly Service Charge |
| Service desk calls answered within 30 seconds | 90% per month | 1% of Monthly Service Charge |
| First-contact resolution | 70% per month | 1% of Monthly Service Charge |

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-off, after Transition Acceptance | 118,000 |
| Monthly Service Charge | per month, 36 months | 68,500 |
| Total charges for the Service Period | 118,000 + 36 x 68,500 | 2,584,000 |
| Additional end-user device | per device per month | 42 |
| Additional server | per server per month | 380 |
| Exit support | per engineer day | 2,600 |
"""

H876E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. LVD-TJ-2027-12

PARTIES

1.1 Tianjin Haitong Shipping Agency Co., Ltd., a company registered in Tianjin, People's Republic of China (the "Customer").

1.2 Osam Data Services AD, a company registered in Lovech, Republic of Bulgaria (the "Vendor").

1.3 The Vendor operates a global database of vessel positions, port calls, berth events and estimated arrival times, built from terrestrial and satellite AIS receivers and port sources. The Customer wishes to use this data in its agency, chartering and customer tracking systems. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Vendor's application programming interfaces through which the Data is delivered, including the streaming interface and the historical query interface.

2.2 "Data" means the vessel position, port call and related data supplied by the Vendor under this Agreement.

2.3 "Subscription Year" means the period starting on the Subscription Start Date and each following period starting on an anniversary of the Subscription Start Date and ending on the day before the next anniversary.

2.4 "Customer Data" means the vessel watch lists, queries, user details, shipment references and other information the Customer or its users submit through the API or the web portal.

2.5 "Integration Acceptance" means the Customer's written confirmation under clause 5.

SUBSCRIPTION

3.1 The Vendor grants the Customer, for the term of this Agreement, a non-exclusive, non-transferable right to receive the Data through the API and to use it within the Customer's group for its own business, including showing vessel positions and estimated arrival times to the Customer's own clients in its tracking portal.

3.2 The subscription covers global coverage for up to 5,000 vessels on watch lists at any time, unlimited port call queries, historical data back to 2019, and up to 20 named users of the web portal.

3.3 The Customer shall not resell the Data as a data feed to third parties. Showing the Data to the Customer's clients in reports, notices and the tracking portal is not resale.

3.4 The Customer may keep and continue to use, after the end of the term, Data already included in its own shipment records, reports and invoices.

TERM

4.1 This Agreement starts on signature. The Subscription Start Date is the date of Integration Acceptance. The subscription runs for two Subscription Years.

4.2 The Agreement expires at the end of the second Subscription Year. Any further subscription requires a new order agreed by both parties; there is no automatic renewal.

SET-UP AND INTEGRATION ACCEPTANCE

5.1 Within 20 days after signature the Vendor shall issue API credentials for the test and production environments, set up the Customer's watch lists from the fleet list provided by the Customer, and provide integration support for connecting the API to the Customer's agency system and tracking portal.

5.2 Integration Acceptance takes place when the Customer has verified that: the streaming interface delivers positions for all vessels on the watch lists with a median delay of no more than three minutes over five consecutive days; port call events for a sample of 200 past calls chosen by the Customer match the port records supplied by the Customer within the tolerances in Annex 1; and the historical query interface returns complete results for the test cases in Annex 1. The Customer shall confirm Integration Acceptance in writing within five working days after successful tests, or state the failures found.

5.3 If the Vendor does not complete the work in clause 5.1 on time for reasons attributable to it, the Vendor shall pay the Customer CNY 600 for each day of delay, up to CNY 18,000.

FEES AND PAYMENT

6.1 The fees are:
- Subscription fee for Subscription Year 1: CNY 364,000;
- Subscription fee for Subscription Year 2: CNY 364,000;
- Set-up and integration support: CNY 22,000, fixed;
- Total fees: CNY 750,000, inclusive of VAT.

6.2 The set-up fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. All invoices are payable within 30 days by bank transfer in CNY.

6.3 Additional vessels above the watch list limit may be ordered at CNY 45 per vessel per month. These charges are outside the total in clause 6.1.

SERVICE LEVELS

7.1 The Vendor shall keep the API available at least 99.95% of each calendar month, measured at the Vendor's mainland China access point, excluding planned maintenance of up to two hours per month notified seven days in advance.

7.2 The Vendor shall respond to a Severity 1 incident (the API is unavailable, or positions are delayed by more than 30 minutes for more than a fifth of the watch list) within one hour at any time, and to a Severity 2 incident within three business hours.

7.3 If monthly availability falls below the level in clause 7.1, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each started tenth of a percentage point below that level, up to half of the monthly equivalent. If a Severity 1 response is late, the Customer receives a credit of CNY 1,000 for each started hour of delay. Credits are deducted from the next invoice or paid at the end of the term.

7.4 The Vendor provides technical support in English and Chinese through a ticket portal, email and a telephone hotline for Severity 1 incidents. A named account manager holds a quarterly review with the Customer covering availability, incidents, data coverage and planned API changes.

7.5 The Vendor shall announce any change to the API that is not backward compatible at least 90 days in advance and keep the previous version available during that period.

CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Data and the API to the Customer, and shall not use it for any other purpose, including analytics, product development or disclosure to other customers, in any form.

8.2 The Vendor shall store Customer Data in its data centre in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, and keep access logs for at least six months.

8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, cooperate in the investigation and bear the losses resulting from its failure to comply with this clause.

8.4 On expiry or termination the Vendor shall return Customer Data to the Customer in a standard format and delete it within 30 days.

CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

9.2 This clause continues for three years after the end of the Agreement.

INTELLECTUAL PROPERTY

10.1 The Vendor owns the Data, the API and its database. The Customer's rights are those in clause 3.

10.2 The Customer owns its own analyses, reports, tracking portal displays and integration code, including the connector developed with the Vendor's integration support. The Customer may use, modify and license them freely.

SUBCONTRACTING

11.1 The Vendor may use subcontractors, including satellite data providers, hosting providers and support partners, for any part of the services under this Agreement by giving the Customer written notice of the subcontractor's name and role. The Vendor remains responsible for its subcontractors.

LIABILITY

12.1 The Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.

12.2 The limit in clause 12.1 does not apply to personal injury, fraud or wilful misconduct.

12.3 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

12.4 The Data comes from third-party receivers and public sources. The Vendor shall use the quality controls described in Annex 2 but does not warrant that every position or event is complete or accurate.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Vendor shall refund the subscription fee paid for the period after termination.

13.3 Clauses 8, 9, 10 and 12 survive termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.

GENERAL

15.1 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over its business.

15.2 Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English in two originals, one for each party. Annex 1 (Integration Test Cases) and Annex 2 (Data Quality Controls) form part of it.

Signed for the Customer: ____________________

Signed for the Vendor: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h876z01": ("h876z01_science_bureau_incubator_platform.pdf", H876Z01),
    "h876z02": ("h876z02_food_container_plant_line_control_retrofit.docx", H876Z02),
    "h876z03": ("h876z03_shuffleboard_chain_booking_saas.txt", H876Z03),
    "h876z04": ("h876z04_sports_bureau_trail_counter_om_service.txt", H876Z04),
    "h876z05": ("h876z05_silk_flower_studio_tracking_supplier_template.md", H876Z05),
    "h876e01": ("h876e01_ceramics_maintenance_software_licence_bg_vendor.pdf", H876E01),
    "h876e02": ("h876e02_furniture_pim_saas_order_form_gr_vendor.md", H876E02),
    "h876e03": ("h876e03_cement_condition_monitoring_sensors.docx", H876E03),
    "h876e04": ("h876e04_marine_equipment_managed_it_services.md", H876E04),
    "h876e05": ("h876e05_shipping_agency_vessel_data_api.txt", H876E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# values in TERM_KEYS order
T = {
    "h876z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "h876z02": [None, 2, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 32, False, True, False, "PRC", G],
    "h876z03": [99.95, 0.5, False, "buyer", True, True, True, 0.1, 150, 360000 / 594000 * 100, True, None, None, None,
                False, True, False, "PRC", S],
    "h876z04": [None, 6, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False, True, False,
                "PRC", S],
    "h876z05": [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False, True, None,
                "PRC", G],
    "h876e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                "Bulgaria", G],
    "h876e02": [99.5, 1, True, "buyer", True, False, True, 500 / 648000 * 100, 200, None, True, None, None, None, True,
                True, False, "PRC", S],
    "h876e03": [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False, "PRC", G],
    "h876e04": [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2584000 * 100, 150, None, True, None, None, None,
                False, False, False, "PRC", S],
    "h876e05": [99.95, 1, True, "buyer", True, True, True, 600 / 750000 * 100, 9 / 24 * 100, None, True, None, None, None,
                False, True, True, "PRC", S],
}
CATEGORY = {"h876z01": "software", "h876z02": "hardware", "h876z03": "cloud", "h876z04": "services",
            "h876z05": "software", "h876e01": "software", "h876e02": "cloud", "h876e03": "hardware",
            "h876e04": "services", "h876e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "h876z01": (True, True, True, False, 2220000),
    "h876z02": (True, True, True, False, 1780000),
    "h876z03": (True, True, None, False, 594000),
    "h876z04": (True, True, None, False, 386000),
    "h876z05": (False, False, False, True, 222000),
    "h876e01": (True, True, True, False, 1708000),
    "h876e02": (True, True, None, False, 648000),
    "h876e03": (True, True, True, False, 1480000),
    "h876e04": (True, True, None, False, 2584000),
    "h876e05": (True, True, None, False, 750000),
}
# itemised licence / hardware subtotal (TCO fee base), goods only
FEE_BASE = {"h876z01": 1180000, "h876z02": 1460000, "h876z05": 86000, "h876e01": 1260000, "h876e03": 1309200}
FORUM_OUTSIDE_MAINLAND = {k: False for k in FILES}  # e01's Sofia seat goes with Bulgarian law (one finding)
FORUM_OUTSIDE_MAINLAND["h876e01"] = True
# price sums stated in the texts
SUMS = {
    "h876z01": [1180000, 860000, 134000, 46000],
    "h876z02": [486000, 153000, 300000, 86000, 208000, 227000, 198000, 96000, 26000],
    "h876z03": [234000, 234000, 126000],
    "h876z04": [96500] * 4,
    "h876z05": [86000, 118000, 18000],
    "h876e01": [1260000, 410000, 38000],
    "h876e02": [298000, 298000, 52000],
    "h876e03": [688000, 235200, 386000, 142000, 28800],
    "h876e04": [118000] + [68500] * 36,
    "h876e05": [364000, 364000, 22000],
}

DESIGN = {
    "h876z01": [],
    "h876z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h876z03": ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY"],
    "h876z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SLA-RESPONSE"],
    "h876z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h876e01": ["CR-GOVERNING-LAW"],
    "h876e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h876e03": [],
    "h876e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h876e05": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (§3)
TH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40,
      "horizon": 5}


def tco_share(key, t, x):
    """Post-warranty fees over the 5-year horizon from acceptance, as % of TCO; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to a label."""
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or FORUM_OUTSIDE_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name = FILES[key][0]
    t = dict(zip(TERM_KEYS, T[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    lab = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": CATEGORY[key],
           "expected_terms": t, "expected_extra": x, "expected_rules": rules}
    return lab


# ---------------------------------------------------------------- read back
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


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    ("99.9", NUM + r"99\.90*(?![\d])"),
    ("4 h", NUM + r"4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour)"),
    ("4 h zh", r"(?<![十百零])四个?小时"),
    ("4 h en", r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b"),
    ("0.05%", NUM + r"0\.050*\s*%"),
    ("0.05 per cent", NUM + r"0\.050*\s*per\s*cent"),
    ("万分之五", r"万分之五(?![十])"),
    ("千分之零点五", r"千分之零点五"),
    ("100%", NUM + r"100(?:\.0+)?\s*%"),
    ("百分之百", r"百分之(?:一)?百"),
    ("30%", NUM + r"30(?:\.0+)?\s*%"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九点])"),
    ("40%", NUM + r"40(?:\.0+)?\s*%"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九点])"),
    ("15%", NUM + r"15(?:\.0+)?\s*%"),
    ("百分之十五", r"百分之十五(?![点])"),
    ("per cent words", r"\b(?:thirty|forty|fifteen|one hundred)\s*(?:per\s*cent|percent)"),
    ("12 months", NUM + r"12\s*(?:个月|months?\b|-month)"),
    ("十二个月", r"(?<![二三四五六七八九])十二个月"),
    ("twelve months", r"\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?\b"),
    ("one year", r"\bone[\s-]*(?:\(1\)\s*)?year\b"),
    ("1 year", NUM + r"1\s*(?:years?\b|-year|年(?!度))"),
    ("一年", r"(?<![十第])一年(?!度)"),
    ("5 years", NUM + r"5\s*(?:years?\b|-year|年(?!度))"),
    ("五年", r"(?<![十〇零])五年(?!度)"),
    ("five years", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b"),
]
MUST_HIT = ["99.9%", "99.90 %", "4小时内", "4 hours", "4-hour", "四小时", "four (4) hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100.0 %", "30%", "百分之三十", "40 %", "百分之四十", "15%", "百分之十五",
            "12个月", "12 months", "十二个月", "twelve months", "one year", "一年", "1年", "5 years", "五年",
            "five years", "fifteen per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "十四小时", "0.08%", "万分之五十",
             "1,100%", "130%", "115%", "20%", "140%", "36个月", "120 months", "二十四个月", "第一年度", "一年度",
             "2025年", "2031年", "12.5 months", "65%", "35%", "10%", "6 hours", "三十个工作日", "第二十一年"]


def scan(text):
    hits = []
    for name, rx in PATTERNS:
        for m in re.finditer(rx, text, flags=re.I):
            hits.append((name, text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)


def main():
    self_test()
    build()
    covered = set()
    report = []
    for key, (name, _) in FILES.items():
        lab = label(key)
        t, x, rules = lab["expected_terms"], lab["expected_extra"], lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        assert sum(SUMS[key]) == x["contract_value"], key
        # no label value on a threshold
        assert t["availability_pct"] != TH["availability"]
        assert t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9
        assert t["warranty_months"] != TH["warranty"]
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - TH["pwf"]) > 1e-9
        share = tco_share(key, t, x)
        assert share is None or abs(share - TH["tco"]) > 2, (key, share)
        # text as read back
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = scan(variant)
            assert not hits, (key, hits)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((name, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    counts = {k: len(DESIGN[k]) for k in FILES}
    assert counts["h876z01"] == 0 and counts["h876e03"] == 0
    assert DESIGN["h876e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["h876z05"] <= 10
    assert sorted(k for k, c in counts.items() if 2 <= c <= 3) == ["h876e02", "h876e04", "h876e05", "h876z02",
                                                                  "h876z03", "h876z04"]
    for row in report:
        print(*row, sep="\t")
    print("all checks passed")


if __name__ == "__main__":
    main()
