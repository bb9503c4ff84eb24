"""Builds the holdout137 contracts (blind held-out set of ORDINARY drafts) from the sources below, so the files can be
made again: .txt / .md are written as they are; .docx (real Word tables) and .pdf (wrap_words=True) go through
../word_pdf.py. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H137Z01 = """\
T:江汉省药品追溯监管平台建设项目合同
P:合同编号：JHYJ-2026-ZC-017
P:采购方式：公开招标（招标编号：JHZC-2026-0391）
P:甲方（采购人）：江汉省药品监督管理局
P:乙方（中标供应商）：楚衡数字科技股份有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责江汉省药品追溯监管平台的软件供应、定制开发、硬件供货、商用密码应用改造、系统集成部署、历史数据迁移及培训，使平台实现药品追溯数据采集、追溯码解析、风险预警分析、疫苗追溯协同、监管驾驶舱和移动执法等功能。
P:1.2 平台部署于江汉省政务云，须与国家药品追溯协同服务平台、省政务数据共享交换平台及辖区内药品上市许可持有人、药品经营企业的追溯系统完成对接，接口共计十二个，具体功能、性能及接口要求以技术需求书（附件一）为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰肆拾陆万元整（¥4,460,000），为固定总价，包含软硬件、定制开发、集成、运输、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|追溯监管平台软件许可（数据采集、码解析、预警分析、监管驾驶舱模块，永久许可）|1,280,000
TB:2|定制开发（十二个接口、疫苗追溯协同模块、移动执法APP）|1,046,000
TB:3|服务器、存储及网络安全设备|1,372,500
TB:4|商用密码设备（服务器密码机、签名验签服务器）|418,000
TB:5|系统集成、部署与数据迁移|296,500
TB:6|培训|47,000
TB:合计||4,460,000
P:2.2 除双方书面签署的变更外，甲方不承担本合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方出具的等额预付款保函后十个工作日内，甲方支付合同总价的25%作为预付款，即人民币1,115,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的50%，即人民币2,230,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价剩余的25%，即人民币1,115,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按照财政国库集中支付程序办理，因财政审批程序产生的合理时间不视为甲方逾期。
P:3.5 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成全部软硬件到货及部署，一百五十日内完成全部接口联调并申请初步验收。
P:4.2 乙方应派驻项目经理一名及不少于六名实施人员，未经甲方书面同意不得更换项目经理；实施人员应遵守甲方及政务云管理单位的安全管理制度。
P:4.3 硬件设备应为全新原厂正品，随附合格证及原厂质保凭证。到货时双方共同开箱清点，签收仅表示数量与外观相符，不构成验收。
H:第五条 验收
P:5.1 初步验收：平台部署完成、全部接口联调通过后，甲方组织初步验收，标准为：（一）技术需求书所列功能逐项测试通过；（二）在八百并发用户下，追溯码单码查询响应时间不超过1秒，批量统计查询不超过5秒；（三）历史追溯数据迁移完成，按记录数全量核对并抽样比对内容一致；（四）通过第三方机构的网络安全等级保护三级测评和商用密码应用安全性评估。
P:5.2 最终验收：初步验收后平台试运行九十日，期间未发生一级故障且二级故障均按时修复的，乙方可申请最终验收。甲方组织专家依据招标文件、投标文件及本合同约定进行验收，并出具书面验收意见。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及技术支持，并每季度进行一次现场巡检。
P:6.2 故障分级与响应：一级故障指平台整体不可用或追溯数据存在丢失、泄露风险，乙方应在30分钟内响应，2小时内到达现场，6小时内恢复服务；二级故障指主要功能不可用，乙方应在1小时内响应，8小时内解决；三级故障为其他问题，乙方应在2个工作日内解决。
P:6.3 平台年度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:6.4 乙方未按6.2约定时限响应或恢复的，每超时一小时，甲方可扣除违约金人民币1,000元；年度可用率每低于约定值0.01个百分点，甲方可扣除违约金人民币2,000元。上述款项从应付款或履约保证金中扣除。
P:6.5 质保期满后，如甲方需要，乙方应按不高于本合同软件许可费及设备费合计（人民币3,070,500元）7%的年费提供运维服务，即每年不超过人民币214,935元，该价格在质保期满后三年内不上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序、移动执法APP及其源代码、数据库设计和技术文档，知识产权归甲方所有，乙方应在最终验收前完整移交；甲方有权自行或委托第三方修改、使用和许可他人使用。
P:7.2 乙方原有平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖本项目全部用户和部署环境。
P:7.3 乙方保证所提供的软硬件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台内的追溯数据、企业数据、监管执法数据及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和网络安全等级保护第三级要求。运维操作须经甲方审批并通过堡垒机进行，全程审计；未经甲方书面同意，乙方不得将任何数据复制、下载或传输至政务云以外。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取处置措施，并在2小时内书面报告甲方。因乙方原因导致数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、监管信息、企业商业信息及系统账号、口令负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书（附件四），并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期申请初步验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软硬件不符合合同约定的，应在甲方要求的期限内更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目招标文件未允许分包，乙方不得将本合同项下任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）严重违约，经甲方书面催告后二十日内仍未纠正；（二）逾期超过六十日；（三）违反本合同第八条、第九条约定造成严重后果。
P:12.2 合同解除的，乙方应退还已收取的未履行部分款项，移交已完成的工作成果，并承担违约责任。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供有关证明，根据不可抗力的影响部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释、履行和争议解决适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 附件：一、技术需求书；二、分项报价表；三、项目实施计划；四、保密承诺书。
P:甲方（盖章）：江汉省药品监督管理局　　乙方（盖章）：楚衡数字科技股份有限公司
P:签订日期：2026年　月　日
"""

H137Z02 = """\
T:超声波自动探伤系统采购及维保合同
P:合同编号：HY-SB-2026-0086
P:甲方（买方）：衡岳无缝钢管有限公司
P:乙方（卖方）：中声智检设备有限公司
P:甲方为新建φ180热轧无缝钢管精整线配置超声波自动探伤系统。经比选，双方依据《中华人民共和国民法典》，就设备供货、安装调试、质量保证及质保期满后的维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供相控阵超声波自动探伤系统一套，用于外径60–180mm、壁厚4–25mm钢管的纵向、横向缺陷及分层检测，并负责安装、调试、探伤工艺验证和培训。技术参数以附件一《技术协议》为准。
P:（二）合同总价为人民币肆佰陆拾肆万元整（¥4,640,000），含增值税、包装、运输、保险及安装调试费用。分项如下：
TB:序号|名称|数量|金额（元）
TB:1|64通道相控阵超声探伤主机|1套|1,860,000
TB:2|旋转探头机械系统（含探头架、耦合水循环）|1套|1,245,000
TB:3|相控阵探头及楔块（含备品）|1批|386,000
TB:4|上下料辊道及自动分选装置|1套|512,000
TB:5|探伤软件（数据采集、缺陷判定、报表，永久许可）|1套|298,000
TB:6|对比试样管（人工缺陷）|6支|64,000
TB:|设备及软件小计||4,365,000
TB:7|安装调试|—|218,000
TB:8|培训及探伤工艺验证|—|57,000
TB:|合同总价||4,640,000
H:二、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即人民币464,000元。
P:（二）设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的50%，即人民币2,320,000元。到货签收不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的35%，即人民币1,624,000元。
P:（四）其余5%即人民币232,000元作为质量保证金，质保期满且无质量争议后一次付清（不计利息）。
P:（五）乙方每次收款前应向甲方开具合法有效的增值税专用发票。
H:三、交货与安装
P:（一）交货期：合同生效后一百二十日内，乙方将设备运至甲方精整车间指定位置。
P:（二）乙方负责设备安装调试，甲方提供设备基础、水电气及吊装配合。乙方现场人员应遵守甲方安全生产管理制度，佩戴劳保用品，服从甲方现场管理。
P:（三）设备随附装箱单、合格证、操作维护手册、电气图纸及软件安装介质。
P:（四）培训：乙方应为甲方探伤工及设备维护人员提供不少于五天的现场培训，使其能够独立完成系统标定、日常维护和一般故障处理；培训考核合格后，乙方出具培训记录。
H:四、验收
P:（一）预验收：安装调试完成后，乙方使用对比试样管进行静态及动态校验，结果满足技术协议后双方进行预验收。
P:（二）终验标准：
LN:对比试样管上全部人工缺陷（内外表面纵向、横向刻槽及平底孔）在动态检测中连续二十次无漏检；
LN:信噪比不低于14dB，探伤速度不低于每分钟18米；
LN:在连续三个班次的生产检测中，误判率不超过2%；
LN:检测结果与数据报表符合GB/T 5777及甲方客户标准，缺陷记录可追溯至单支钢管号；
LN:系统连续稳定运行七十二小时无停机故障。
P:（三）终验由甲方质量部、设备部与乙方共同进行并签署终验报告。设备投入生产使用或甲方支付款项均不视为终验合格。终验不合格的，乙方应在三十日内整改；复验仍不合格的，甲方有权退货并要求乙方返还已付款项。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内因设备本身质量问题产生的故障，乙方免费维修或更换；探头等易损件按附件二约定的数量免费更换。
P:（二）故障分级：一级故障指探伤线停机或系统无法判定缺陷；二级故障指部分通道失效或误报明显增加；三级故障为其他一般问题。
P:（三）一级故障：乙方接到甲方报修后8小时内响应（电话或远程诊断），36小时内派工程师到达现场；二级故障：24小时内响应，72小时内到场；三级故障：在下一次巡检时处理。
P:（四）乙方到场超过上述时限的，每超时一小时，甲方可从质量保证金或维保费中扣减人民币500元。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供为期四年的年度维保服务，内容包括每季度一次现场巡检与系统标定、软件升级、故障维修，以及探头、楔块等易损件的更换。
P:（二）年度维保费为设备及软件小计的23%，即每年人民币1,003,950元，维保期内不作调整，于每个维保年度开始后三十日内支付。
P:（三）维保期内的故障响应时限及扣减标准按本合同第五条执行。维保期满后是否续签由双方另行协商，本合同不自动续期。
H:七、知识产权
P:（一）探伤软件及主机内嵌程序的知识产权归乙方所有，乙方授予甲方永久、不可转让的使用许可。
P:（二）乙方为甲方专门开发的缺陷判定参数集、探伤工艺文件及与甲方MES系统的数据接口程序（含源代码），知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
H:八、数据安全
P:（一）探伤数据、缺陷图谱、工艺参数及生产记录属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的，也不得向第三方提供。
P:（二）乙方远程诊断须事先取得甲方设备部书面批准，通过甲方提供的VPN及堡垒机进行，每次连接结束后关闭账号；乙方不得将任何数据拷贝出甲方网络。
P:（三）发生数据泄露、篡改或病毒传播事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:乙方对知悉的甲方生产工艺、产品规格、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或因乙方原因逾期完成终验的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）设备质量不符合约定的，乙方应负责更换或整改，并赔偿甲方因此产生的停产损失及其他直接损失。
P:（三）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得转包本合同。设备吊装等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过六十日，或设备复验仍不合格，或有其他严重违约行为经甲方书面催告后二十日内仍未纠正的，甲方有权解除合同。
P:（二）合同解除后，乙方应返还已收款项并承担违约责任，甲方退还已到货设备。
H:十三、不可抗力
P:因地震、洪水、战争等不可抗力致使合同不能按期履行的，受影响方应在事件发生后五日内通知对方，并在十日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交衡阳仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件一：技术协议；附件二：备品备件及易损件清单。附件与本合同具有同等效力。
P:甲方（盖章）：衡岳无缝钢管有限公司　　乙方（盖章）：中声智检设备有限公司
P:签订日期：2026年　月　日
"""

H137Z03 = """\
驾培预约与学员管理系统SaaS服务合同

合同编号：TT-IT-2026-052

甲方（客户）：通途驾驶培训集团有限公司
住所：山东省济南市历城区工业北路266号
乙方（服务商）：驾云信息科技有限公司
住所：浙江省杭州市西湖区文一西路969号

鉴于甲方在济南、淄博、泰安三地经营十四个驾培校区，需要统一的学员报名、约车约考、教练排班和计时培训数据对接系统；乙方以软件即服务（SaaS）方式提供“驾云”驾培管理平台及相关实施服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第1条 服务内容
（1）乙方向甲方提供驾云平台的订阅服务，包括学员报名与合同管理、在线约车、教练排班、学时统计、考试预约提醒、收费与财务对账、经营报表等模块，以及学员端微信小程序和教练端APP。
（2）乙方负责实施服务：十四个校区的参数配置；现有学员档案、收费记录和教练信息的数据迁移；与山东省机动车驾驶员计时培训监管平台的数据接口对接；管理人员及教练员培训。
（3）订阅范围：十四个校区管理端、三百六十个教练端账号，学员端不限数量。

第2条 服务期限与续期
（1）订阅服务期为三年，自实施验收合格之日起计算。
（2）服务期满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一年，续期次数不限。续期期间的订阅单价由乙方按其届时公布的价目表确定，但每次上调幅度不超过上一服务年度单价的8%。

第3条 费用
（1）本合同总价为人民币1,632,000元（含税），明细如下：

  项目                    单价                数量        年费（元）    三年合计（元）
  校区管理端订阅          26,800元/校区/年    14个校区    375,200       1,125,600
  教练端账号订阅          180元/账号/年       360个       64,800        194,400
  智能排班模块            48,000元/年         1项         48,000        144,000
  订阅费小计                                              488,000       1,464,000
  实施服务（配置、迁移、接口、培训）  一次性                            168,000
  合同总价                                                              1,632,000

（2）上述价格包括云资源、短信通道、版本升级及服务期内的技术支持费用，乙方不得另行收取。

第4条 付款
（1）本合同不设预付款。
（2）订阅费按季度支付：每个服务季度结束后十个工作日内，乙方出具当季服务报告及发票，甲方核对无误后二十个工作日内支付当季订阅费人民币122,000元（扣除第6条约定的服务抵扣后）。
（3）实施服务费人民币168,000元在实施验收合格后二十个工作日内一次付清。

第5条 实施与验收
（1）乙方应在合同签订后七十五日内完成实施并向甲方提交验收申请。
（2）验收标准：①历史学员档案、收费记录迁移后与甲方原系统逐条核对一致；②与计时培训监管平台的学时上传、数据回传接口联调通过，连续十日无数据差错；③在一千名学员同时约车的压力测试中，约车操作响应时间不超过2秒；④十四个校区全部上线，并由各校区负责人签字确认。
（3）甲方在收到验收申请后十个工作日内组织验收，验收合格的出具书面验收单。系统上线或甲方开始使用不视为验收合格。
（4）因乙方原因逾期完成实施的，每逾期一日，乙方向甲方支付违约金人民币1,200元。

第6条 服务水平
（1）平台月度可用率不低于99.5%。计划内维护须提前三日通知甲方，并安排在每日23:00至次日6:00之间，不计入不可用时间。
（2）故障响应：一级故障（全部或多个校区无法约车、无法收费）30分钟内响应，3小时内恢复；二级故障（单一功能异常）2小时内响应，24小时内解决；三级故障在五个工作日内解决。乙方提供7×24小时服务热线。
（3）服务抵扣：月度可用率低于99.5%但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障未在3小时内恢复的，每次另行减免当月订阅费的2%。

第7条 知识产权
（1）驾云平台及其通用功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（2）乙方为甲方专门开发的经营报表、计时平台接口适配程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改或委托第三方使用。

第8条 数据
（1）甲方上传及在平台中产生的学员信息、培训合同、收费、约车和学时数据（以下称“甲方数据”）归甲方所有。
（2）乙方有权对甲方数据进行去标识化处理后，用于驾培行业分析报告、产品功能优化及算法模型训练，该项权利在本合同终止后继续有效。
（3）乙方应采取加密存储、传输加密、最小权限访问和操作日志等安全措施，平台应通过网络安全等级保护三级测评；乙方遵守《个人信息保护法》，除本条第（2）项外，仅按甲方指示处理学员个人信息。
（4）发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致的，乙方承担赔偿责任。
（5）合同终止后三十日内，乙方应按甲方要求导出并交付甲方数据，随后删除其系统中的甲方数据（本条第（2）项所述去标识化数据除外）。

第9条 保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据及本合同条款负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

第10条 违约责任与责任限制
（1）任何一方违反本合同约定给对方造成损失的，应予赔偿。
（2）乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但因乙方故意、重大过失或违反第8条第（3）、（4）项造成的损失不受此限。

第11条 分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

第12条 合同解除
（1）乙方严重违约，经甲方书面通知后二十日内仍未纠正的，或连续两个月月度可用率低于99%的，甲方有权解除合同，并要求乙方退还已付未履行期间的费用。
（2）甲方逾期支付订阅费超过六十日，经乙方催告后仍不支付的，乙方有权暂停服务并解除合同。

第13条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交济南仲裁委员会仲裁。

第14条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）本合同附件《驾云平台功能清单》《实施计划》为本合同组成部分。

甲方（盖章）：通途驾驶培训集团有限公司        乙方（盖章）：驾云信息科技有限公司
授权代表：                                      授权代表：
日期：2026年  月  日                            日期：2026年  月  日
"""

H137Z04 = """\
# 临江市数字档案馆系统运行维护服务合同

**项目编号**：LJCG-2026-CS-0042
**采购方式**：竞争性磋商

**甲方（采购人）**：临江市档案馆
**乙方（成交供应商）**：档云信息技术有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及临江市数字档案馆系统运行维护服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。

## 1. 服务范围与期限

1.1 服务对象：临江市数字档案馆系统，包括档案管理系统、数字档案室对接平台、电子档案接收与长期保存系统、档案利用查询平台、OCR著录子系统，以及配套的服务器、存储、数据库、中间件和机房网络设备（清单见附件1）。

1.2 服务内容：日常运行维护、故障处理、数据库与存储巡检、数据备份与恢复演练、安全运维、软件升级与功能优化（全年不超过一百六十人天）、电子档案四性检测、重大活动及节假日应急保障。

1.3 服务期限：2026年3月1日至2027年2月28日。服务期满本合同终止；续签须依法重新履行采购程序，本合同不自动续期。

## 2. 服务费用

2.1 本合同总价为人民币玖拾壹万元整（¥910,000），为固定总价，包含人员、工具、差旅、税费等全部费用：

| 序号 | 服务项目 | 金额（元） |
|---|---|---|
| 1 | 驻场运维（二人，工作日驻场，节假日远程值守） | 384,000 |
| 2 | 数据库及存储巡检、备份与恢复演练 | 86,000 |
| 3 | 安全运维（漏洞扫描、补丁管理、等保测评整改配合） | 112,000 |
| 4 | 软件升级与功能优化（不超过160人天） | 224,000 |
| 5 | 电子档案四性检测 | 68,000 |
| 6 | 重大活动及节假日应急保障 | 36,000 |
| | 合计 | 910,000 |

## 3. 付款

3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即人民币182,000元。

3.2 其余款项按季度支付：第一、二、三个服务季度考核合格后，甲方各支付人民币182,000元；服务期满并经年度服务验收合格后，甲方支付剩余的人民币182,000元。

3.3 季度考核扣减的费用从当期应付款中扣除。乙方应在每次付款前开具合法有效的发票。

## 4. 服务要求与服务水平

4.1 乙方派驻二名运维工程师（其中一名为项目负责人）在甲方机房驻场，工作时间为工作日8:30至17:30；节假日安排专人远程值守，并保证接到通知后一小时内可到达现场。驻场人员变更须经甲方书面同意。

4.2 故障分级及时限：

| 级别 | 定义 | 响应 | 到场 | 恢复 |
|---|---|---|---|---|
| 一级 | 系统整体不可用，或档案数据存在丢失、泄露风险 | 15分钟 | 1小时 | 3小时 |
| 二级 | 主要功能不可用或性能严重下降 | 30分钟 | 2小时 | 8小时 |
| 三级 | 一般功能问题、咨询 | 2小时 | 按需 | 3个工作日 |

4.3 档案管理系统及档案利用查询平台在服务时间内的月度可用率不低于99.95%。

4.4 乙方每月巡检一次并提交巡检记录；每日检查备份作业，每季度进行一次备份恢复演练；每月5日前提交上月运维报告。

## 5. 考核与验收

5.1 季度考核：甲方按附件2《运维服务考核细则》进行季度考核，考核项目包括故障响应及恢复时限、可用率、巡检与备份执行、报告提交和人员到岗情况。考核得分低于八十五分的为不合格，乙方应提交整改报告。

5.2 扣减：一级故障响应或恢复每超时一次，扣减当季服务费的1%；月度可用率低于约定值的，每低0.01个百分点扣减人民币1,000元；驻场人员无故缺勤的，每人每日扣减人民币800元。

5.3 年度服务验收：服务期满前二十日，乙方提交全年运维报告、系统配置文档、脚本清单、备份恢复演练记录和四性检测报告；甲方依据磋商文件服务要求、本合同约定和四个季度的考核结果组织年度服务验收，出具书面验收意见。

## 6. 数据安全

6.1 数字档案馆系统中的全部档案数据、目录数据、利用记录及日志均属于甲方所有，乙方仅可为履行本合同访问，不得用于其他任何目的。

6.2 运维操作在甲方机房内通过堡垒机进行，全程录像审计；远程运维须逐次经甲方审批。乙方不得复制、下载、拍摄或以任何方式带出档案数据，不得接触涉密档案；运维用计算机和存储介质由甲方提供并留在甲方机房。

6.3 发生或可能发生数据丢失、泄露、篡改的，乙方应立即采取处置措施并在1小时内报告甲方。因乙方原因导致档案数据丢失、损毁或泄露的，乙方承担全部赔偿责任，并承担相应的法律责任。

## 7. 保密

7.1 乙方及其人员对在服务中接触的档案内容、系统账号口令、网络拓扑和安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。

7.2 保密义务不因本合同终止而免除。

## 8. 知识产权

8.1 运维期间乙方为甲方编写的脚本、配置文档、优化程序代码和各类报告，知识产权归甲方所有，甲方可自由使用、修改，并可交由其他服务商使用。

8.2 乙方保证其提供的服务和工具不侵犯第三方知识产权。

## 9. 违约责任

9.1 乙方未按服务方案约定时限启动服务，或未按甲方确认的计划完成系统升级、数据迁移任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

9.2 因乙方原因造成档案数据丢失、损毁或泄露的，按第6.3条承担责任。

9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

## 10. 分包

10.1 乙方可将机房环境巡检及四性检测中的第三方检测工作，交由具备相应资质的合作单位实施，实施前将合作单位名称及人员名单报甲方备案即可。乙方对合作单位的工作承担全部责任。

10.2 除前款外，乙方不得转包本合同。

## 11. 合同解除

11.1 乙方连续两个季度考核不合格，或严重违约经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。

11.2 合同解除或期满时，乙方应在十日内完成工作交接，移交全部文档、脚本和账号。

## 12. 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

## 13. 其他

13.1 本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

13.2 附件：1. 运维对象清单；2. 运维服务考核细则；3. 保密承诺书。

甲方（盖章）：临江市档案馆　　　　乙方（盖章）：档云信息技术有限公司

日期：2026年　月　日
"""

H137Z05 = """\
# 曜石MES软件销售及实施合同

*曜石智能制造软件有限公司 标准合同文本 V4.0*

合同编号：YS-MES-2026-118

甲方（买方）：鲜醇酿造食品股份有限公司
地址：广东省江门市新会区今古洲大道36号

乙方（卖方）：曜石智能制造软件有限公司
地址：江苏省苏州市工业园区星湖街328号

甲方拟在其江门生产基地建设制造执行系统（MES）。甲乙双方本着平等互利的原则，经友好协商，就乙方向甲方销售曜石MES平台软件并提供定制开发、实施和培训服务事宜，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供曜石MES平台软件许可及定制开发、实施和培训服务，用于甲方制曲、发酵、压榨、调配、灭菌及灌装全流程的生产执行、质量管理、仓储管理和设备管理。

1.2 定制开发内容包括：发酵罐温度及酱醪发酵周期管理、原料与成品批次追溯及召回、与甲方SAP ERP系统、发酵车间DCS系统及灌装线PLC的数据接口。具体以双方确认的《需求规格说明书》为准。

## 第二条 合同价款

2.1 本合同总价为人民币贰佰零壹万元整（¥2,010,000），明细如下：

| 项目 | 说明 | 金额（元） |
|---|---|---|
| MES平台软件许可 | 生产执行、质量管理、仓储、设备管理模块，永久许可，200个并发用户 | 960,000 |
| 定制开发 | 发酵工艺管理、批次追溯与召回、三类系统接口 | 780,000 |
| 实施服务 | 蓝图设计、部署、基础数据初始化 | 236,000 |
| 培训 | 关键用户及最终用户培训 | 34,000 |
| 合计 | | 2,010,000 |

2.2 合同价款不含甲方服务器、数据库、操作系统等软硬件运行环境，由甲方自行准备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即人民币1,005,000元。

3.2 软件部署完成后五个工作日内，甲方支付合同总价的36%，即人民币723,600元。

3.3 系统上线运行后十个工作日内，甲方支付剩余的14%，即人民币281,400元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停实施工作，工期相应顺延。

## 第四条 实施与交付

4.1 乙方计划在合同签订且收到首期款项后一百二十日内完成部署和上线。因甲方需求确认、环境准备、人员配合等原因造成的延误，工期相应顺延。

4.2 《需求规格说明书》经甲方签字确认后，甲方提出的需求变更按乙方人天单价人民币2,800元另行计费。

4.3 乙方以电子方式交付软件安装介质、许可文件和用户手册。

4.4 甲方应指定项目经理及各车间关键用户，按乙方要求提供服务器、网络、数据库等运行环境和基础数据（物料、配方、工艺路线、设备台账），并在收到乙方提交的文档后三个工作日内予以确认；逾期未确认的，视为甲方确认。

4.5 甲方应保证DCS系统及灌装线PLC的供应商配合接口开发，因第三方系统原因无法完成接口的，乙方不承担责任。

## 第五条 验收

5.1 系统部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按本合同第七条约定的维护服务处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 MES平台软件以及乙方为本项目开发的全部定制功能、接口程序、配置模型及其源代码、文档，知识产权均归乙方所有。

6.2 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给任何第三方使用。

6.3 乙方保证其提供的MES平台软件不侵犯第三方的知识产权；因甲方擅自修改或与其他软件结合使用引起的侵权纠纷，乙方不承担责任。

## 第七条 免费维护与后续维护

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

7.2 故障响应：一级故障（生产执行模块无法使用）乙方在接到甲方通知后48小时内响应；二级、三级故障在五个工作日内响应。乙方将尽合理努力尽快修复，但不因响应或修复时间未达到上述目标而承担任何扣款、赔偿或违约责任。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。

7.4 下列情形不属于免费维护范围：甲方或第三方擅自修改程序或配置；甲方运行环境、硬件、网络或数据库故障；《需求规格说明书》以外的新增功能；因不可抗力造成的损坏。乙方处理上述问题的，按人天单价另行收费。

## 第八条 数据

8.1 甲方的生产数据归甲方所有。

8.2 甲方同意乙方为产品改进、行业知识库及工艺模型研发之目的，在脱敏处理后使用甲方的生产工艺参数、质量检测数据及设备运行数据。

8.3 乙方实施人员访问甲方系统时，应遵守甲方的信息安全管理规定，采取账号权限控制、操作记录等安全措施，不得擅自复制甲方数据；因乙方人员故意或过失造成甲方数据泄露或损毁的，乙方应在知悉后24小时内通知甲方，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方技术信息、经营信息等商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。

## 第十条 违约责任

10.1 因乙方原因导致系统上线逾期的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及生产停顿损失。

## 第十一条 分包

11.1 乙方有权将部分实施、开发及接口工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十三条 不可抗力

13.1 因不可抗力或政策变化、第三方系统故障、网络中断等非乙方所能控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地（江苏省苏州市）有管辖权的人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方报价单及《需求规格说明书》为准。

15.2 双方的通知以电子邮件方式发出即视为送达。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：鲜醇酿造食品股份有限公司　　　　乙方（盖章）：曜石智能制造软件有限公司

日期：2026年　月　日
"""

H137E01 = """\
T:Software Licence, Services and Support Agreement
P:Agreement No. CDS-CN-2026-014
P:THIS AGREEMENT is made on the ____ day of ______________ 2026
P:BETWEEN:
P:(1) CARRAIG DATA SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with registered number 618402, whose registered office is at The Old Pier House, Sherkin Island, Co. Cork, P81 X2K7, Ireland (the "Vendor"); and
P:(2) NINGBO HENGRUN PRECISION BEARING CO., LTD., a limited liability company established in the People's Republic of China, whose registered office is at 88 Jinshan Road, Beilun District, Ningbo, Zhejiang Province (the "Customer").
P:BACKGROUND:
P:(A) The Vendor develops and licenses the Carraig Vault product data management software.
P:(B) The Customer manufactures rolling bearings and wishes to replace its shared-drive filing of CAD data with a controlled vault. At the Customer's request all prices are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC; "Configuration Deliverables" means the vault structure, part-numbering scheme, engineering change workflows, the bill-of-materials export interface to the Customer's Kingdee ERP system and all scripts, source code and documentation created by the Vendor for the Customer; "Defect" means a failure of the Licensed Software to perform materially in accordance with the Vendor's user and administrator manuals (the "Documentation"); "Go-Live" means the first day on which the Customer's design engineers use the Licensed Software in production; "Licensed Software" means the Carraig Vault server software, named user licences and CAD connectors listed in Schedule 1, in object code, with any updates supplied under this Agreement.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees the Vendor grants to the Customer a non-exclusive, perpetual and irrevocable licence to use the Licensed Software on one production and one test instance in Ningbo for the internal purposes of the Customer and its PRC affiliates, by up to 180 named users.
P:2.2 The Customer may make copies reasonably necessary for back-up.
H:Clause 3 Services
P:3.1 The Vendor shall provide the configuration, data migration and training services described in Schedule 2 (the "Services") with reasonable skill and care.
P:3.2 The Vendor shall migrate approximately 1.6 million files from the Customer's legacy file server, preserving revision history where it exists.
P:3.3 Go-Live shall occur no later than 150 days after the date of this Agreement (the "Milestone Date").
H:Clause 4 Price
P:4.1 The total price payable under this Agreement is CNY 1,818,000 (the "Contract Price"), inclusive of VAT, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|Carraig Vault server licence, perpetual (one production and one test instance)|1|486,000
TB:2|Named user licences, perpetual|180 × 3,650|657,000
TB:3|CAD connectors (SolidWorks, AutoCAD, Creo)|3|96,000
TB:|Licence Fees subtotal||1,239,000
TB:4|Configuration Services (fixed price)|—|412,000
TB:5|Data migration (fixed price)|—|138,000
TB:6|Training (four on-site sessions in Ningbo)|—|29,000
TB:|Contract Price||1,818,000
P:4.2 The Contract Price is fixed and includes all travel and subsistence of the Vendor's personnel.
H:Clause 5 Payment
P:5.1 The Licence Fees of CNY 1,239,000 shall be paid in full within fourteen days after signature of this Agreement and before the Vendor issues the licence keys. The Vendor shall issue the licence keys within five Business Days after receiving that payment.
P:5.2 Fifty per cent of the fees for Items 4 to 6 (CNY 289,500) shall be paid within thirty days after Go-Live, and the remaining fifty per cent (CNY 289,500) within thirty days after Final Acceptance.
H:Clause 6 Acceptance
P:6.1 Neither Go-Live, nor use of the Licensed Software in production, nor payment of any sum shall constitute acceptance.
P:6.2 Within sixty days after Go-Live the Vendor shall carry out, in the presence of the Customer, the acceptance tests set out in Schedule 3, including at least: (a) reconciliation of migrated file counts and checksums against the legacy file server; (b) the engineering change workflow test scripts; (c) export of bills of materials for fifty sample bearing assemblies to the Kingdee ERP system without manual correction; (d) check-in of a 200 MB assembly in under twenty seconds; and (e) thirty consecutive days of production use without a Severity 1 Defect.
P:6.3 When all tests have been passed the Customer shall sign an acceptance certificate within ten Business Days ("Final Acceptance"). Failed tests are corrected and repeated at the Vendor's cost.
H:Clause 7 Delay
P:7.1 If Go-Live has not occurred by the Milestone Date for reasons attributable to the Vendor, the Vendor shall pay to the Customer, as liquidated damages, 0.07 per cent of the Contract Price for each day of delay, up to a maximum of 7 per cent of the Contract Price.
H:Clause 8 Warranty
P:8.1 The Vendor warrants that the Licensed Software will perform materially in accordance with the Documentation for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Vendor shall, free of charge, correct Defects, supply all updates and new releases and provide the support described in Clause 9 ("Support").
H:Clause 9 Support and Service Levels
P:9.1 The support desk is available from 08:00 to 20:00 China Standard Time on Business Days, and by telephone at all times for Severity 1 Defects.
P:9.2 A "Severity 1 Defect" prevents check-in, check-out or release of CAD data by all or most users; a "Severity 2 Defect" seriously impairs a major function; any other Defect is Severity 3. The Vendor shall respond to a Severity 1 Defect within two hours and provide a fix or workaround within one Business Day; to a Severity 2 Defect within eight business hours, with a fix or workaround within five Business Days; and to a Severity 3 Defect within two Business Days.
P:9.3 If the Vendor fails to respond to a Severity 1 Defect within the time stated in Clause 9.2, the Customer shall be entitled to a credit of CNY 1,000 for each hour or part of an hour of delay, to be set off against sums due to the Vendor.
H:Clause 10 Support after the Warranty Period
P:10.1 After the Warranty Period the Customer may purchase Support for successive periods of one year by issuing a purchase order. Support shall be charged at the Vendor's standard annual support fees then current, as published in the Vendor's price list for the year in which the relevant period begins.
P:10.2 Support does not renew automatically. If Support lapses and the Customer later reinstates it, the Vendor may charge the fees for the lapsed period.
H:Clause 11 Intellectual Property
P:11.1 Intellectual property rights in the Licensed Software and Documentation remain with the Vendor.
P:11.2 All intellectual property rights in the Configuration Deliverables shall vest in the Customer on creation. The Vendor shall deliver the source code and documentation of the Configuration Deliverables at Final Acceptance, and the Customer may use, modify and license them to third parties without restriction.
P:11.3 The Vendor shall indemnify the Customer against any third-party infringement claim concerning the Licensed Software or the Configuration Deliverables.
H:Clause 12 Customer Data and Security
P:12.1 All CAD files, drawings, bills of materials, engineering change records and other data of the Customer ("Customer Data") are and shall remain the property of the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:12.2 The Licensed Software runs on the Customer's own servers. The Vendor's personnel may access them only through the Customer's VPN with multi-factor authentication and a separate approval for each session, and shall not copy Customer Data outside the Customer's network.
P:12.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, notify the Customer within twelve hours of becoming aware of any unauthorised access to, loss or disclosure of Customer Data, co-operate in remedying it, and be liable for all losses arising from any breach of this Clause 12.
H:Clause 13 Confidentiality
P:13.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Customer's bearing designs and customer lists, and use it only to perform this Agreement, for five years after termination and indefinitely for trade secrets.
H:Clause 14 Liability
P:14.1 The Vendor's total aggregate liability under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150 per cent of the Contract Price.
P:14.2 Clause 14.1 does not limit liability for death or personal injury caused by negligence, for fraud, for breach of Clause 12 or Clause 13, or under the indemnity in Clause 11.3.
H:Clause 15 Subcontracting
P:15.1 The Vendor shall not subcontract any of its obligations under this Agreement without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any approved subcontractor.
H:Clause 16 Termination
P:16.1 Either party may terminate this Agreement by written notice if the other commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty days after written notice.
P:16.2 The Customer may also terminate this Agreement by written notice if Go-Live is delayed by more than ninety days. On termination by the Customer before Final Acceptance, the Vendor shall refund the fees paid for Services not accepted and, if the Customer returns the licence keys, the Licence Fees.
H:Clause 17 Governing Law and Jurisdiction
P:17.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:17.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute or claim arising out of or in connection with this Agreement.
H:Clause 18 General
P:18.1 This Agreement, with its Schedules, is the entire agreement between the parties. No variation is effective unless in writing and signed by both parties.
P:Schedule 1 – Licensed Software. Schedule 2 – Services Description. Schedule 3 – Acceptance Test Plan.
P:SIGNED for and on behalf of CARRAIG DATA SYSTEMS LIMITED by: ____________________ Director
P:SIGNED for and on behalf of NINGBO HENGRUN PRECISION BEARING CO., LTD. by: ____________________ Legal Representative
"""

H137E02 = """\
ORDER FORM No. HS-CN-2026-0731
HalligPMS Cloud Property Management System

Provider: Halligsoft GmbH, Hamburger Hallig 1, 25821 Reußenköge, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Flensburg under HRB 14882 FL, represented by its managing director Jannik Petersen ("Provider")

Customer: Lijiang Yunshe Guesthouse Management Co., Ltd., 16 Xinyi Street, Gucheng District, Lijiang, Yunnan Province, People's Republic of China, represented by its legal representative ("Customer")

1. Services ordered
HalligPMS subscription for 23 guesthouses with 412 rooms in total, comprising the modules front desk and reservations, housekeeping, night audit, channel manager (Trip.com, Meituan, Fliggy, Booking.com), upload of guest registrations to the public-security accommodation registration system, e-fapiao interface, and WeChat online check-in and payment.

2. Charges (CNY, including VAT; prices in CNY at the Customer's request)

Item                                   Unit price                  Quantity    Monthly     Initial Term (36 months)
Room subscription                      46 per room per month       412 rooms   18,952      682,272
Channel manager module                 3,200 per month             1           3,200       115,200
Online check-in and payment module     1,800 per month             1           1,800       64,800
Subscription subtotal                                                          23,952      862,272
Setup Fee (configuration, data
migration, on-site training in Lijiang) one-time                                           96,000
Total Contract Value                                                                       958,272

3. Initial Term: 36 months from the Go-Live Date (the date of Go-Live Acceptance under § 4 of the General Terms).

4. Target Go-Live Date: 60 calendar days after signature of this Order Form.

5. Payment: Subscription fees are invoiced quarterly in arrears and payable within 30 days after receipt of the invoice. The Setup Fee is invoiced after Go-Live Acceptance. No advance payment is due.

6. Contract documents: This Order Form and the General Terms and Conditions of Halligsoft GmbH for HalligPMS, version 2026-01 (the "General Terms"), printed below. If they conflict, this Order Form prevails.

Place, date: ____________________          Place, date: ____________________
Halligsoft GmbH                            Lijiang Yunshe Guesthouse Management Co., Ltd.


GENERAL TERMS AND CONDITIONS OF HALLIGSOFT GMBH FOR HALLIGPMS
Version 2026-01

§ 1 Scope
(1) These General Terms apply to all subscriptions to HalligPMS concluded by way of an Order Form.
(2) Conflicting or supplementary terms of the Customer shall not apply, even if the Provider does not expressly object to them.

§ 2 Subject matter
(1) The Provider makes HalligPMS available to the Customer as software as a service via the internet for the duration of the contract. The Customer receives the functions described in the current service description.
(2) The Customer's instance is operated in a data centre of a cloud operator in mainland China (Shanghai region), with a backup copy in a second data centre in mainland China.
(3) The Provider may further develop HalligPMS, provided the functions ordered are not materially reduced.

§ 3 Term and extension
(1) The contract runs for the Initial Term stated in the Order Form.
(2) After the Initial Term the contract is extended by one year at a time unless either party gives notice of termination at least three months before the end of the current term. The fees during each extension remain those of the last year of the Initial Term.
(3) The right to terminate for good cause under § 12 remains unaffected.

§ 4 Setup and Go-Live Acceptance
(1) The Provider configures the Customer's properties, room types and rate plans, migrates all future reservations and guest profiles from the Customer's previous system and trains the Customer's staff on site in Lijiang.
(2) Go-Live Acceptance requires that: (a) all future reservations have been migrated and reconciled room-night by room-night against the previous system; (b) the synchronisation of rates and availability with each connected channel has been tested for every property, with no overbooking during a parallel run of seven days; (c) guest registration data has been uploaded successfully to the public-security system for every property; (d) test e-fapiao have been issued and received; and (e) the night audit has run without error for seven consecutive nights.
(3) The Customer declares acceptance in writing within five working days after the criteria are met. Productive use of HalligPMS or payment of any invoice does not constitute acceptance.
(4) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of 0.09 per cent of the Total Contract Value for each calendar day of delay, limited to 9 per cent of the Total Contract Value. Further claims for damages remain unaffected; the contractual penalty shall be credited against them.

§ 5 Availability and support
(1) The Provider guarantees an availability of HalligPMS of 99.95 % per calendar month at the transfer point (exit of the data centre's router). Scheduled maintenance on Tuesdays and Thursdays between 02:00 and 03:30 China Standard Time, announced at least two days in advance, is not counted as downtime.
(2) If availability in a calendar month falls below 99.95 %, the Customer receives a service credit of 5 % of the monthly fee for that month; below 99.5 %, 10 %; below 99 %, 20 %. Service credits are deducted from the next invoice.
(3) The Provider's support team is reachable by ticket portal, e-mail and telephone from Monday to Friday, 08:00 to 20:00 Central European Time (CET/CEST), except on public holidays in Schleswig-Holstein (support hours).
(4) Reaction times within the support hours: Priority 1 (HalligPMS cannot be used at one or more properties): 8 hours; Priority 2 (an important function is impaired): 1 working day; Priority 3 (other faults and questions): 3 working days. The reaction time is the time until a qualified first response by a support employee; it does not mean the time to resolve the fault.

§ 6 Rights of use and customer-specific deliverables
(1) All rights in HalligPMS remain with the Provider. The Customer receives a simple, non-transferable right to use HalligPMS for the term of the contract.
(2) All rights in the deliverables created specifically for the Customer, namely the rate-plan and room-type configuration, report templates, interface mappings for the Customer's accounting system and the related documentation, pass to the Customer upon creation. The Customer may use, modify and sublicense them without restriction, also after the end of the contract.

§ 7 Data protection and data security
(1) All data entered into HalligPMS by or for the Customer, in particular guest data, identity document numbers, reservations and payment records ("Customer Data"), belongs exclusively to the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the services; it does not use Customer Data, including in anonymised or aggregated form, for any other purpose.
(2) The Provider maintains technical and organisational measures appropriate to the risk, in particular encryption in transit and at rest, role-based access control, logging of all administrative access, daily backups, an ISO/IEC 27001 certification and an MLPS level 3 filing of the platform. Customer Data remains in mainland China. Employees of the Provider outside mainland China have no access to Customer Data; where second-level support requires it, access takes place only by screen sharing controlled by the Customer.
(3) The Provider complies with the PRC Personal Information Protection Law and Data Security Law. It notifies the Customer of any security incident affecting Customer Data without undue delay and at the latest within 48 hours, supports the Customer in handling it and is liable for all damage caused by its breach of this § 7; the limitation of liability in § 11 (3) does not apply to such damage.
(4) At the end of the contract the Provider makes all Customer Data available for export in a common format and deletes it within 30 days after export.

§ 8 Confidentiality
(1) Each party shall keep secret all confidential information of the other party obtained in connection with the contract and use it only for the purposes of the contract.
(2) This obligation continues for three years after the end of the contract.

§ 9 Subcontractors
(1) The Provider may use subcontractors to perform its services, in particular the cloud operator referred to in § 2 (2) and local support partners.
(2) The Provider informs the Customer by e-mail of the subcontractors used and of any change.
(3) The Provider is responsible for the fault of its subcontractors as for its own fault.

§ 10 Fees and invoicing
(1) The fees are set out in the Order Form.
(2) The Customer may set off only claims that are undisputed or finally established. Service credits under § 5 (2) may always be deducted.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and where liability cannot be limited under mandatory law.
(2) In the case of slight negligence the Provider is liable only for the breach of an obligation whose fulfilment makes the proper performance of the contract possible in the first place and on whose observance the Customer may regularly rely (cardinal obligation), and only for damage typical and foreseeable for the contract.
(3) In all cases not covered by paragraph (1), the Provider's total liability under this contract is limited to CNY 320,000.

§ 12 Termination
(1) Ordinary termination during the Initial Term is excluded.
(2) The right of either party to terminate the contract for good cause without notice remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches its obligations and does not remedy the breach within 30 days after a written warning, or if availability falls below 99 % in two consecutive calendar months.
(3) Notice of termination must be given in writing.

§ 13 Final provisions
(1) At the Customer's request, and in derogation from the Provider's usual terms, this contract is governed by the laws of the People's Republic of China.
(2) All disputes arising from or in connection with this contract shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
(3) Amendments and additions to this contract must be made in writing.
(4) Should any provision of this contract be or become invalid, the validity of the remaining provisions shall not be affected.
"""

H137E03 = """\
T:Water-Quality Monitoring Equipment: Supply and Maintenance Contract
P:Contract No. HYA-EQ-2026-009
P:Buyer: Dalian Haiyun Abalone Farming Co., Ltd., 27 Binhai Road, Lüshunkou District, Dalian, Liaoning Province, People's Republic of China (the "Buyer").
P:Supplier: Moines Aquatech SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 120,000, registered with the Trade and Companies Register of Vannes under number 912 384 551, whose registered office is at 4 Rue du Commerce, Le Bourg, 56780 Île-aux-Moines, France, acting through its representative office in Dalian (the "Supplier").
P:The Buyer raises abalone in land-based recirculating tanks and in sea cages off Lüshunkou. Following a competitive negotiation, the Buyer has selected the Supplier to provide an online water-quality monitoring system. This Contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Purpose and scope
P:1.1 The Supplier shall supply, install, commission and maintain an online water-quality monitoring system for the Buyer's hatchery, nursery tanks and sea-cage area, comprising the equipment and software listed in Article 3, and shall train the Buyer's staff.
P:1.2 The system shall measure dissolved oxygen, temperature, salinity and pH continuously in each of the 64 monitored units and ammonia nitrogen at 8 points, transmit readings every minute to the monitoring software, and raise an alarm by SMS, voice call and on-site siren whenever a reading leaves its set range.
H:Article 2 Contract documents
P:2.1 The Contract consists of this document, Annex 1 (Technical Specification and consumables list) and Annex 2 (Acceptance Test Plan). In case of conflict, this document prevails over the Annexes.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,168,000, inclusive of VAT, customs duties, transport, insurance, installation and training. It is fixed and not subject to revision. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multiparameter sondes (dissolved oxygen, temperature, salinity, pH)|64|18,600|1,190,400
TB:Ammonia-nitrogen online analysers|8|42,500|340,000
TB:Data loggers and LoRa gateways|16|9,800|156,800
TB:Monitoring and alarm software, perpetual site licence|1|268,000|268,000
TB:Equipment and Licence Subtotal|||1,955,200
TB:Installation, cabling and commissioning|||174,000
TB:Calibration set-up and training|||38,800
TB:Contract Price|||2,168,000
H:Article 4 Payment
P:4.1 Twenty per cent of the Contract Price (CNY 433,600) within twenty days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 Forty-five per cent (CNY 975,600) after delivery of all equipment and signature of the installation certificate. The installation certificate records that the equipment has been installed; it is not acceptance.
P:4.3 The balance of thirty-five per cent (CNY 758,800) within thirty days after signature of the Final Acceptance Certificate.
P:4.4 Each payment is made against a valid VAT invoice issued by the Supplier's representative office or its authorised agent in China.
H:Article 5 Delivery and installation
P:5.1 The Supplier shall deliver all equipment DAP the Buyer's farm in Dalian (Incoterms 2020) within ninety days after signature and complete installation within one hundred and twenty days after signature.
P:5.2 The Supplier shall install the sondes, analysers, loggers and gateways, lay all cabling, configure the software on the Buyer's server and cloud account, and calibrate each instrument against reference solutions.
P:5.3 Work on the sea cages is done from the Buyer's work boat under the direction of the Buyer's site manager. The Supplier remains responsible for the safety of its own personnel.
H:Article 6 Acceptance
P:6.1 After installation the system runs for a trial period of thirty consecutive days.
P:6.2 Final Acceptance requires that: (a) readings are compared with the Buyer's laboratory measurements on at least five occasions for every unit and lie within these tolerances: dissolved oxygen ±0.2 mg/L, temperature ±0.2 °C, salinity ±0.5 ‰, pH ±0.1 and ammonia nitrogen ±8 % of the reading; (b) no unit loses data transmission for longer than twenty minutes during the trial period; (c) every alarm is tested by simulating out-of-range values at each unit, and the SMS and voice call reach the duty manager within sixty seconds; and (d) all documentation, calibration records and training have been delivered.
P:6.3 The Buyer signs the Final Acceptance Certificate within ten working days after all criteria are met. Installation, use of the system in production or payment of any sum does not constitute acceptance. If a criterion is not met, the Supplier corrects the fault at its own cost and the trial period restarts for the units concerned.
H:Article 7 Warranty
P:7.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier repairs or replaces any defective equipment or software free of charge, including parts, labour and travel. Consumables (dissolved-oxygen sensor caps, pH electrodes and analyser reagents) are supplied free of charge up to the quantities in Annex 1.
P:7.2 During the warranty period the Supplier makes a preventive maintenance visit every quarter, cleans and recalibrates every instrument and submits a written report.
H:Article 8 Service levels
P:8.1 Severity 1 means the loss of oxygen monitoring or of alarms for any production unit. The Supplier responds by remote diagnosis within 30 minutes at any time of day or night, has an engineer on site within 3 hours and restores monitoring, if necessary with a replacement sonde, within 8 hours.
P:8.2 Severity 2 means the loss of any other parameter or of the software dashboard. The Supplier responds within 2 hours and is on site on the next working day.
P:8.3 For each hour or part of an hour by which the Supplier exceeds the response or on-site time for a Severity 1 fault, it pays CNY 800; for each day by which it exceeds the on-site time for a Severity 2 fault, it pays CNY 300. These sums are deducted from any amount due or from the performance guarantee.
P:8.4 The Supplier keeps a stock of spare sondes in Dalian sufficient to replace at least six units at any time.
H:Article 9 Maintenance after the warranty period
P:9.1 After the warranty period the Buyer may order maintenance for the third, fourth and fifth years after Final Acceptance at an annual fee of CNY 166,192, being 8.5 % of the Equipment and Licence Subtotal. The fee is fixed for those three years and covers the same services and service levels as during the warranty period; consumables are charged at the unit prices in Annex 1.
P:9.2 Maintenance is ordered by the Buyer in writing for each year. It does not renew automatically.
H:Article 10 Intellectual property
P:10.1 The Supplier grants the Buyer a perpetual, non-exclusive site licence to the monitoring and alarm software. The Supplier retains the intellectual property in that software.
P:10.2 The alarm logic, dashboards, tank maps, reports and the interface to the Buyer's feeding system developed for the Buyer belong to the Buyer and are delivered with their source code. The Buyer may modify, use and license them freely.
H:Article 11 Farm data and security
P:11.1 All measurement data, alarm records, production and feeding records ("Farm Data") belong to the Buyer. The Supplier processes Farm Data only to perform this Contract and makes no other use of it, including in aggregated or anonymised form.
P:11.2 Farm Data is stored on the Buyer's server and in the Buyer's own cloud account in mainland China. The gateways transmit encrypted data only. The Supplier accesses the system remotely only through personal VPN accounts issued by the Buyer to named engineers, every session is logged, and no Farm Data may be copied outside the Buyer's systems.
P:11.3 The Supplier notifies the Buyer within six hours of any security incident affecting the system or Farm Data, co-operates in handling it and is liable for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 The Supplier keeps confidential all information concerning the Buyer's farm, stock, production figures, methods and customers, and does not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Contract.
H:Article 13 Delay penalties
P:13.1 If the Supplier delivers late or completes installation late, it pays a penalty of 0.1 % of the Contract Price for each day of delay, up to a total of 10 % of the Contract Price. Payment of penalties does not release the Supplier from its obligations.
H:Article 14 Liability
P:14.1 The Supplier's aggregate liability under this Contract shall not exceed two times the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Article 11 or Article 12.
H:Article 15 Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after a written request, or if the delay penalties reach their maximum.
P:16.2 On termination under Article 16.1 the Supplier refunds the sums paid for equipment or services not accepted and pays the penalties due.
H:Article 17 Force majeure
P:17.1 Neither party is liable for failure to perform caused by force majeure, including typhoons and storm surges, provided it notifies the other party within five days and takes reasonable steps to limit the consequences.
H:Article 18 Governing law and disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute arising from this Contract that cannot be settled amicably shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:Article 19 Final provisions
P:19.1 This Contract is made in English in four originals, two for each party, and enters into force on signature by both parties.
P:For the Buyer: ____________________          For the Supplier: ____________________
P:Date: ____________________                    Date: ____________________
"""

H137E04 = """\
# MANAGED IT SERVICES AGREEMENT

**between**

**RAASAY MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts (registered in Scotland with number SC702215) and having its registered office at The Steading, Inverarish, Isle of Raasay, Kyle, IV40 8NS ("the Provider")

**and**

**SUZHOU WUMEN SILK MUSEUM MANAGEMENT CO., LTD.**, a company established in the People's Republic of China and having its registered office at 32 Renmin Road, Gusu District, Suzhou, Jiangsu Province ("the Customer")

**WHEREAS** the Customer operates a silk museum with exhibition halls, a textile conservation studio, a ticketing office and an online shop, and wishes to obtain managed IT and desktop support services; and the Provider delivers such services in China through its Suzhou partner named in Schedule 3; and at the Customer's request all Charges are stated and payable in Chinese Renminbi (CNY);

**NOW THEREFORE** the parties agree as follows:

## 1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Customer Data" means all data of the Customer processed by the Provider, including collection records, images, visitor and ticketing data, donor records and staff data; "Initial Term" means thirty-six months from the Service Commencement Date; "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 4.3; "Service Levels" means the levels set out in Clause 5.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution and, subject to Clause 12, continues for the Initial Term.

2.2 On expiry of the Initial Term this Agreement shall continue for successive renewal periods of one year each ("Renewal Periods") unless either party gives not less than ninety days' written notice of termination before the end of the Initial Term or the current Renewal Period.

2.3 The Provider may increase the Charges with effect from the start of each Renewal Period by giving the Customer not less than thirty days' written notice, provided that no single increase shall exceed seven per cent.

## 3. THE SERVICES

3.1 The Provider shall provide: (a) a service desk in Mandarin and English; (b) desktop support for up to 140 users, including laptops, desktops, printers and mobile devices; (c) management, monitoring and patching of 14 servers and 41 network devices, including the visitor Wi-Fi; (d) management of backups and of the disaster recovery copy of the collections management system; (e) management of endpoint protection; and (f) a full-time on-site engineer at the museum five days a week.

3.2 The service desk is staffed from 08:00 to 18:00 China Standard Time, seven days a week. Priority 1 incidents may be reported by telephone at any time.

3.3 The Provider supports the infrastructure on which the collections management, ticketing and online shop applications run. The applications themselves remain supported by their vendors, with whom the Provider shall co-operate.

## 4. TRANSITION

4.1 The Provider shall carry out the transition plan in Schedule 2, including discovery of all assets, documentation of the current environment, installation of monitoring tools and knowledge transfer from the Customer's previous supplier.

4.2 The Provider shall achieve Service Commencement within seventy-five days after execution of this Agreement (the "Target Commencement Date"). If Service Commencement is delayed beyond the Target Commencement Date through the Provider's default, the Provider shall pay the Customer liquidated damages of CNY 2,400 for each day of delay.

4.3 Service Commencement requires that: (a) every asset in the inventory has been verified on site; (b) monitoring is active on all servers and network devices; (c) a restore of the collections database from backup has been tested successfully; (d) the runbooks have been approved by the Customer; and (e) the Provider has operated the services in shadow mode for ten days without missing a Priority 1 incident. When these criteria are met the Customer signs a Service Commencement Certificate. The start of work or use of the services does not of itself constitute acceptance.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following Service Levels:

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Museum-wide outage of the network, ticketing or collections system, or a security incident | 15 minutes | 3 hours |
| P2 | Outage affecting one hall, one department or a key user | 1 hour | 8 hours |
| P3 | Fault affecting a single user | 2 business hours | 2 business days |
| P4 | Service request | 1 business day | 5 business days |

5.2 Core infrastructure (network core, servers and storage) shall be available 99.95 % of the time in each month, excluding maintenance agreed in advance with the Customer.

5.3 If in any month the Provider misses a P1 response or resolution target, the Customer is entitled to a service credit of 5 % of the monthly Charges; if core infrastructure availability falls below the level in Clause 5.2, a further service credit of 3 %. Service credits in any month shall not exceed 20 % of the monthly Charges and are deducted from the next invoice.

5.4 The Provider shall report on the Service Levels monthly and attend a service review meeting with the Customer every quarter.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Service element | Basis | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Service desk and desktop support | 140 users × CNY 260 | 36,400 | 1,310,400 |
| Infrastructure management | 14 servers, 41 network devices | 21,800 | 784,800 |
| On-site engineer | five days a week | 27,500 | 990,000 |
| Backup and disaster recovery management | fixed | 6,300 | 226,800 |
| Monthly Charges subtotal | | 92,000 | 3,312,000 |
| Transition Charge | one-time | | 118,000 |
| Total Charges for the Initial Term | | | 3,430,000 |

6.2 The monthly Charges are invoiced monthly in arrears. The Transition Charge is invoiced on signature of the Service Commencement Certificate. No sum is payable in advance.

6.3 The Customer shall pay each correct invoice within thirty days after receipt.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the services and in accordance with the Customer's instructions, and shall not use it for any other purpose, whether in identifiable, anonymised or aggregated form.

7.2 The Provider shall access the Customer's systems only through the Customer's jump host with individual accounts and multi-factor authentication. All Customer Data shall remain in mainland China. The Provider's personnel outside mainland China shall have no access to Customer Data.

7.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Customer within six hours after becoming aware of any security incident affecting Customer Data, shall take all steps necessary to contain it, and shall be liable for all losses caused by its breach of this Clause 7.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's collection records, security arrangements and donor information, and shall not disclose it without the other party's prior written consent, except as required by law. This obligation survives termination for five years.

## 9. INTELLECTUAL PROPERTY

9.1 The runbooks, scripts, configuration records, network diagrams and documentation prepared by the Provider for the Customer shall belong to the Customer, which may use, modify and give them to any successor supplier without restriction.

9.2 The Provider's own tools and know-how remain the Provider's property; the Provider grants the Customer a free licence to use any of them embedded in the deliverables in Clause 9.1.

## 10. LIABILITY

10.1 The Provider's total aggregate liability under or in connection with this Agreement shall not exceed 150 per cent of the Total Charges for the Initial Term (CNY 3,430,000).

10.2 Clause 10.1 shall not apply to death or personal injury caused by negligence, to fraud, or to breach of Clause 7 or Clause 8.

## 11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent. The Customer consents, by signing this Agreement, to the Suzhou partner named in Schedule 3. The Provider remains responsible for its subcontractors.

## 12. TERMINATION

12.1 The Provider may terminate this Agreement by thirty days' written notice if the Customer fails to pay any undisputed Charges within sixty days after the due date.

12.2 The Customer shall not be entitled to terminate or rescind this Agreement before the expiry of the Initial Term, whether for convenience or by reason of any breach by the Provider. The Customer's remedies for any failure to meet the Service Levels shall be the service credits under Clause 5.3 and re-performance, and for any other breach damages subject to Clause 10.

12.3 On expiry or termination the Provider shall give all reasonable exit assistance, including the handover of all documentation and credentials, for up to sixty days.

## 13. GOVERNING LAW AND DISPUTES

13.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 14. GENERAL

14.1 This Agreement, with its Schedules, constitutes the whole agreement between the parties. No variation is effective unless in writing and signed by both parties.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of Raasay Managed Services Limited at __________ on __________ by __________ (Director)

Subscribed for and on behalf of Suzhou Wumen Silk Museum Management Co., Ltd. at __________ on __________ by __________ (Legal Representative)
"""

H137E05 = """\
SUBSCRIPTION AND INTEGRATION AGREEMENT
for the "Dogana API" export documentation service

BETWEEN

Tavolara Docs S.r.l., with registered office at Località Spalmatore snc, Isola di Tavolara, 07026 Olbia (SS), Italy, tax code and VAT number 02987650904, registered in the Companies Register of Sassari under REA no. SS-219874, share capital EUR 50,000.00 fully paid up, in the person of its legal representative pro tempore (the "Provider")

AND

Yunnan Pu'er Mengyuan Tea Import and Export Co., Ltd., with registered office at 9 Zhenxing Avenue, Simao District, Pu'er, Yunnan Province, People's Republic of China, in the person of its legal representative (the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

a) the Provider operates Dogana API, a cloud service that generates, validates and archives export documents (commercial invoices, packing lists, certificate-of-origin applications, phytosanitary certificate data and shipping instructions) through an application programming interface;

b) the Customer exports Pu'er and Dian Hong tea to the European Union, Russia, Malaysia and Morocco and wishes to connect its Kingdee ERP system to Dogana API;

c) at the Customer's request all fees are stated and paid in Chinese Renminbi (CNY);

d) the recitals and annexes form an integral and substantial part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Definitions)
1.1 "Activation Date" means the date of Integration Acceptance under Art. 6. "Custom Developments" means the ERP connector, the Customer's document templates, the mapping tables and their source code and documentation, developed by the Provider for the Customer. "Customer Data" means all data transmitted by the Customer to Dogana API or generated from it, including shipment, consignee, product and pricing data. "Document Set" means the set of documents generated for one export shipment.

Art. 2 (Object)
2.1 The Provider grants the Customer access to Dogana API under the Export Plan, allowing up to 6,000 Document Sets per year, together with the market template pack for the European Union, Russia, Malaysia and Morocco.
2.2 The Provider shall also develop and install the Custom Developments, configure the templates, test the integration and train the Customer's staff in Pu'er (the "Integration Services").
2.3 During the term the Provider shall keep the templates up to date with changes in the documentary requirements of the destination markets and of the Chinese customs authorities, and shall inform the Customer of each such change at least ten working days before it takes effect.

Art. 3 (Term and renewal)
3.1 The subscription runs for twenty-four months from the Activation Date.
3.2 On expiry the Agreement is tacitly renewed for further periods of one year each, at the same fees and conditions, unless either Party gives notice of cancellation by registered letter or by e-mail with acknowledgement of receipt at least ninety days before expiry.

Art. 4 (Fees)
4.1 The fees are as follows:

  Item                                              Basis                  Amount (CNY)
  Dogana API subscription, Export Plan             14,500 per month x 24  348,000
  Market template pack (EU, RU, MY, MA)             2,200 per month x 24   52,800
  Integration Services (fixed price)                one-time               138,000
  Training (two sessions in Pu'er)                  one-time               11,200
  Total Contract Value                                                     550,000

4.2 Document Sets above the annual allowance are charged at CNY 9 each and invoiced quarterly with the subscription fees.
4.3 The fees include VAT and all costs of the Provider, including travel.

Art. 5 (Invoicing and payment)
5.1 The subscription and template fees are invoiced at the end of each calendar quarter for that quarter.
5.2 The fee for the Integration Services is invoiced in full after Integration Acceptance; the training fee after the training has been delivered.
5.3 No advance payment is due. Invoices are payable within thirty days of receipt.

Art. 6 (Integration and acceptance)
6.1 The Provider shall complete the Integration Services within seventy days after signature of this Agreement (the "Target Date").
6.2 Integration Acceptance requires that: (a) for each destination market, Document Sets for twenty sample shipments are generated from ERP data without manual keying; (b) every document passes validation against the schemas of the China International Trade Single Window and of the destination market; (c) the status of each Document Set is written back to the ERP system; and (d) the integration runs in parallel with the Customer's manual process for ten working days without error.
6.3 The Customer confirms Integration Acceptance in writing within five working days after the criteria are met. Use of the service in production before that confirmation does not constitute acceptance.

Art. 7 (Penalty for delay)
7.1 If Integration Acceptance is not achieved by the Target Date for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 450 for each calendar day of delay, up to a maximum of 10% of the Total Contract Value, without prejudice to compensation for greater damage.

Art. 8 (Service levels)
8.1 The Provider guarantees availability of Dogana API of 99.95% in each calendar month, excluding maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.
8.2 Incidents are classified as Priority 1 (Dogana API unavailable or returning invalid documents), Priority 2 (a function impaired) and Priority 3 (other). The Provider's support desk responds within 30 minutes for Priority 1, at any time, within 2 hours for Priority 2 and within one working day for Priority 3.
8.3 If monthly availability falls below 99.95%, the Provider credits 5% of the monthly subscription fee; below 99.5%, 10%; below 99%, 25%. If a Priority 1 response is late, the Provider credits a further CNY 500 per hour of delay. Credits are deducted from the next invoice.

Art. 9 (Intellectual property)
9.1 The Provider retains all rights in Dogana API and in its standard templates.
9.2 The Custom Developments are the property of the Customer from their creation. The Provider shall deliver their source code and documentation on Integration Acceptance. The Customer may use, modify and license them freely, also through third parties.

Art. 10 (Customer Data and security)
10.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the service and does not use it for any other purpose, not even in anonymised or aggregated form.
10.2 Customer Data is hosted in mainland China by the hosting and support partner named in Annex 3. It is encrypted in transit and at rest, access is restricted to named personnel and logged, and the platform is certified under ISO/IEC 27001. The Provider's personnel outside mainland China have no access to Customer Data in clear form.
10.3 The Provider complies with the PRC Personal Information Protection Law and Data Security Law and with the data export rules applicable to the Customer's shipments. It notifies the Customer within eight hours of any security incident affecting Customer Data, takes all measures needed to contain it and is liable for all damage caused by its breach of this Art. 10.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential the information of the other Party received in connection with this Agreement, including the Customer's prices, buyers and volumes, and shall use it only to perform this Agreement. This obligation lasts for five years after termination.

Art. 12 (Subcontracting)
12.1 The Provider may subcontract the performance of its obligations only with the Customer's prior written consent. The Customer approves the hosting and support partner named in Annex 3 by signing this Agreement. The Provider remains liable for its subcontractors.

Art. 13 (Liability)
13.1 The Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value. Pursuant to Article 1229 of the Italian Civil Code, this limit does not apply to wilful misconduct or gross negligence, nor to breach of Art. 10 or Art. 11.

Art. 14 (Termination)
14.1 Pursuant to Article 1456 of the Italian Civil Code, the Customer may terminate this Agreement by written notice if: (a) Integration Acceptance has not been achieved within sixty days after the Target Date; (b) monthly availability falls below 99% in two consecutive months; or (c) the Provider breaches Art. 10 or Art. 11.
14.2 In any other case of material breach, either Party may terminate this Agreement if the breach is not remedied within thirty days after a written notice to perform under Article 1454 of the Italian Civil Code.
14.3 On termination the Provider shall return all Customer Data in a common format and then delete it.

Art. 15 (Force majeure)
15.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided it promptly notifies the other Party.

Art. 16 (Governing law and jurisdiction)
16.1 This Agreement is governed by Italian law.
16.2 Any dispute arising out of or in connection with this Agreement, including its validity, interpretation, performance and termination, shall be subject to the exclusive jurisdiction of the Court of Tempio Pausania, Italy.

Art. 17 (Final provisions)
17.1 This Agreement is made in English. Any amendment must be in writing.
17.2 Annexes: Annex 1 (Service Description), Annex 2 (Acceptance Test Plan), Annex 3 (Hosting and Support Partner).

Olbia / Pu'er, ____________ 2026

For the Provider ____________________          For the Customer ____________________

Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 3 (Term and renewal), Art. 7 (Penalty for delay), Art. 13 (Liability), Art. 14 (Termination) and Art. 16 (Governing law and jurisdiction).

For the Customer ____________________
"""

TEXTS = {"h137z03_driving_school_booking_saas.txt": H137Z03,
         "h137z04_city_archives_digital_archive_om_service.md": H137Z04,
         "h137z05_soy_sauce_brewer_mes_supplier_template.md": H137Z05,
         "h137e02_guesthouse_pms_saas_order_form_german_vendor.txt": H137E02,
         "h137e04_silk_museum_managed_it_scottish_provider.md": H137E04,
         "h137e05_tea_exporter_export_document_api_italian_vendor.txt": H137E05}
SOURCES = {"h137z01": H137Z01, "h137z02": H137Z02, "h137e01": H137E01, "h137e03": H137E03}
TARGETS = {"h137z01": ("h137z01_provincial_mpa_drug_traceability_platform.pdf", "pdf"),
           "h137z02": ("h137z02_steel_pipe_ultrasonic_testing_system.docx", "docx"),
           "h137e01": ("h137e01_bearing_maker_cad_pdm_licence_irish_vendor.docx", "docx"),
           "h137e03": ("h137e03_abalone_farm_water_quality_sensors.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
