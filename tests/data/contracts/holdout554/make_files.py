"""holdout554: builds the ten drafts (txt/md written as is; docx/pdf via ../word_pdf.py), their labels, and checks
lengths, threshold figures and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
H554Z01 = """
T:家庭医生签约服务平台软件许可及定制开发项目合同
P:合同编号：SWJW-ZFCG-2025-0417
P:采购人（甲方）：某市卫生健康委员会
P:供应商（乙方）：江南智医信息技术有限公司
P:鉴于甲方通过公开招标方式采购“家庭医生签约服务平台软件许可及定制开发项目”（采购计划编号：2025-0417），乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供家庭医生签约服务平台软件（含签约管理、履约随访、慢病管理、居民端小程序、绩效考核五个模块）的永久使用许可，许可范围为甲方及全市二十六家社区卫生服务中心，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括与全民健康信息平台、电子健康档案系统、医保结算系统的接口，以及签约履约统计报表和医生绩效考核规则配置。
P:1.3 乙方负责平台在甲方政务云环境的部署、数据迁移、联调测试、上线试运行及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾叁万元整（¥2,430,000），为固定总价，包括下列各项：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（软件许可小计）|1,180,000
TB:2|定制开发（接口及报表、考核规则）|1,046,000
TB:3|部署实施及数据迁移|168,000
TB:4|培训|36,000
TB:合计||2,430,000
P:2.2 合同总价已包含税费、差旅、第三方中间件及质保期内全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币486,000元。
P:3.2 系统上线试运行满六十日并通过初验后，甲方支付合同总价的45%，计人民币1,093,500元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计人民币850,500元。
P:3.4 乙方每次请款前应开具合法有效的发票。甲方资金通过国库集中支付，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成部署与定制开发并申请初验，初验通过后进入六十日试运行期。
P:4.2 乙方应按附件《需求规格说明书》交付源代码（定制部分）、数据库设计、接口文档、部署手册和用户手册。
P:4.3 乙方应为甲方及社区卫生服务中心提供不少于八场集中培训，培训对象包括管理员、家庭医生团队和运维人员，培训教材由乙方编制并交付甲方。
P:4.4 乙方应在签约后十日内组建项目组，项目经理须为投标文件所列人员，未经甲方书面同意不得更换；项目组成员须遵守甲方信息安全管理制度。
H:第五条 验收
P:5.1 初验标准：（1）需求规格说明书所列功能全部实现并经甲方逐项测试确认；（2）与三个外部系统的接口连续十日数据交换无差错；（3）在两千并发用户下页面平均响应时间不超过2秒；（4）通过第三方软件安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障，二十六家社区卫生服务中心全部上线使用，历史签约数据迁移核对一致，文档资料齐全。甲方组织专家按上述标准验收并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可小计的9%（即每年不超过人民币106,200元），质保期满后三个年度内维护费不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前三日书面告知甲方）。
P:7.2 故障分级响应：一级故障（平台整体不可用或签约、随访核心功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，12小时内解决；三级故障一个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每超过1小时向甲方支付人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、源代码、接口、报表及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的居民健康信息、签约数据、日志及其衍生数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，通过甲方堡垒机进行运维操作，敏感数据加密存储，测试环境不得使用真实数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，保密期限不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应免费整改，并赔偿由此给甲方造成的损失。
P:11.3 合同签订后五个工作日内，乙方向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十二条 分包与转让
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书、需求规格说明书为本合同组成部分，解释顺序依次为本合同、中标通知书、招标文件、投标文件。合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市卫生健康委员会　　　　乙方（盖章）：江南智医信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2025年6月18日
"""
H554Z02 = """
T:焊管机组控制系统改造及维保合同
P:合同编号：GG-JS-2025-088
P:甲方（买方）：北方精工钢管有限公司
P:乙方（卖方）：华东冶金自动化工程有限公司
P:甲方Φ219高频直缝焊管机组原控制系统已运行多年，备件停产，故障频发。为提高机组稳定性和焊缝质量，甲方决定对该机组控制系统实施改造。经邀请招标，乙方中标。双方根据《中华人民共和国民法典》，就改造及后续维保事宜订立本合同。
H:一、项目范围
P:（一）乙方负责焊管机组成型、焊接、定径、飞锯各段控制系统的设计、供货、安装、调试，包括主控PLC柜、变频传动、高频焊机控制单元、操作台HMI及过程控制软件。
P:（二）乙方负责定制开发焊缝跟踪与功率闭环控制程序、飞锯定尺优化程序，以及与甲方MES系统的生产数据接口。
P:（三）改造须在甲方安排的停机窗口内完成，停机窗口为连续二十日。乙方应在停机前完成离线调试，确保按期恢复生产。
H:二、合同价款
P:（一）合同总价为人民币贰佰零陆万元整（¥2,060,000），含税、运输、保险、安装调试及质保期内服务，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|主控PLC柜（含冗余CPU、远程IO）|6面|612,000
TB:2|变频传动系统（整流回馈单元及逆变器）|1套|528,000
TB:3|高频焊机控制单元|1套|296,000
TB:4|操作台HMI及工控机|4台|124,000
TB:5|过程控制软件许可（永久）|1套|238,000
TB:软硬件小计|||1,798,000
TB:6|安装调试及停机改造施工|1项|142,000
TB:7|定制开发（焊缝跟踪、飞锯定尺、MES接口）|1项|96,000
TB:8|操作及维护培训|1项|24,000
TB:合计|||2,060,000
P:（二）上述价款为固定总价，除甲方书面变更需求外不作调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币412,000元。
P:（二）设备全部到货并经双方开箱清点签收后，甲方支付合同总价的35%，计人民币721,000元。到货签收不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的42%，计人民币865,200元。
P:（四）剩余3%（人民币61,800元）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方厂区指定地点，设备应为原厂全新产品，并随货提供合格证、装箱单和出厂检验报告。
P:（二）乙方应在停机窗口内完成旧系统拆除、新系统安装调试并恢复机组热负荷试车。停机前乙方应提交详细的施工方案、安全措施和回退方案，经甲方审核同意后实施。
P:（三）乙方现场人员应遵守甲方安全生产管理制度，进入现场前接受安全教育，特种作业人员持证上岗。因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担全部责任。
P:（四）乙方应在停机改造前完成对甲方电气和操作人员的理论培训，在热负荷试车期间进行现场实操培训，确保甲方人员能够独立操作机组、处理常见报警和进行日常维护。
H:五、验收
P:（一）验收标准：（1）机组以设计最高速度连续稳定生产72小时；（2）焊缝超声波探伤合格率不低于99.5%；（3）飞锯定尺精度±2毫米；（4）MES接口数据完整、实时刷新不超过5秒；（5）控制系统无报警遗漏，冗余切换测试合格。
P:（二）达到上述标准后，甲方出具书面验收报告。机组投入生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内完成整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并拆除其提供的设备。
P:（四）乙方应在验收时移交竣工图纸、电气原理图、PLC程序备份、参数清单、操作及维护手册各两套，并提供电子版。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，免费修复软件缺陷。
P:（二）质保期满后，乙方提供年度维保服务，包括驻场工程师一名、季度巡检、备品备件更换及软件升级。年度维保费按软硬件小计的27%计取，即每年人民币485,460元，在维保期间固定不变，按季度支付。
P:（三）故障响应：一级故障（机组停机）30分钟内响应，2小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。乙方超出上述时限的，每超过1小时向甲方支付人民币2,000元。
H:七、知识产权
P:（一）PLC程序、HMI画面、焊缝跟踪与飞锯定尺程序源代码及MES接口等定制成果的知识产权归甲方所有，乙方应在验收时全部交付，甲方可自行修改和使用。
P:（二）过程控制软件的标准产品部分知识产权归其权利人所有，甲方享有永久使用许可。
H:八、数据安全
P:（一）机组工艺参数、生产数据及质量记录属于甲方所有，乙方不得复制、外传或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方书面批准并通过甲方工控安全网关进行，全程留存日志；乙方应对接入设备进行病毒查杀，不得在控制网络上安装未经甲方批准的软件。
P:（三）因乙方原因导致数据泄露、控制系统被入侵或生产中断的，乙方应在1小时内报告甲方，并承担全部赔偿责任。
H:九、保密
P:甲乙双方对履约中获悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因导致停机窗口延长的，乙方还应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得转包本合同。现场土建及电缆敷设如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响方应在三日内通知对方并提供证明，双方协商顺延工期或解除合同。
P:（二）乙方应为现场施工人员购买意外伤害保险，施工期间产生的废旧电缆、旧控制柜等由甲方回收处置。
P:（三）本合同执行期间，乙方应按月提交项目进度报告，说明设备制造、发运、现场施工和调试进展。
P:（四）双方指定的项目负责人负责日常联络，重大事项以书面形式确认。甲方项目负责人：设备部部长；乙方项目负责人：项目经理，未经甲方同意不得更换。
P:（五）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：北方精工钢管有限公司　　　　乙方（盖章）：华东冶金自动化工程有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2025年7月9日
"""
H554Z03 = """连锁门店供应链管理SaaS服务及实施合同

合同编号：XL-GYL-2025-031
甲方（客户）：成都蜀味香连锁餐饮管理有限公司
乙方（服务商）：云链通供应链科技有限公司
签订地点：成都市武侯区

鉴于甲方经营火锅连锁门店七十家，设有中央厨房一处、区域仓两处，需要统一的订货、仓配、库存和门店盘点管理工具；乙方提供“云链通”餐饮供应链SaaS服务。双方经友好协商，就乙方向甲方提供SaaS服务及实施服务达成如下协议。

1. 服务内容
1.1 乙方向甲方开通供应链SaaS服务，包括门店订货、中央厨房生产计划、仓储配送、库存盘点、供应商协同、成本分析六个模块，覆盖甲方七十家门店、中央厨房及两处区域仓。
1.2 乙方提供一次性实施服务：基础资料（物料、BOM、供应商、门店）导入，与甲方收银系统和财务系统的接口对接，报表定制，门店店长及仓管员培训。
1.3 门店数量增加的，新增门店按本合同单价计费，双方以书面确认单为准。

2. 服务期限
2.1 服务期自2025年8月1日起至2028年7月31日止，共三个服务年度。
2.2 服务期满，如任何一方未在期满前三十日书面提出不再续订，本合同自动续订一个服务年度，续订次数不限。续订时乙方有权根据市场行情调整服务费，调整幅度不超过上一服务年度服务费的8%，乙方书面通知甲方后即生效。

3. 费用
3.1 费用明细：
    门店订货及盘点模块：70家 × 5,800元/服务年度 = 406,000元/服务年度
    中央厨房及仓配模块：1套 × 58,000元/服务年度 = 58,000元/服务年度
    年度服务费合计：464,000元/服务年度
    一次性实施费：126,000元
3.2 合同总价 = 年度服务费464,000元 × 3个服务年度 + 实施费126,000元 = 1,518,000元（含6%增值税）。
3.3 年度服务费按季度在每季度首月10日前支付当季费用116,000元。实施费在上线验收通过后十五个工作日内一次付清。本合同不设预付款。

4. 实施与上线验收
4.1 乙方应在2025年9月30日前完成全部门店上线。
4.2 上线验收标准：（1）七十家门店连续十四日通过系统完成订货和收货；（2）中央厨房生产计划与仓配单据一致；（3）月末盘点差异报表与甲方财务核对无误；（4）收银系统销售数据每日自动同步，无遗漏。达到上述标准后，甲方签署上线验收单。系统试用或甲方付款不视为验收。
4.3 因乙方原因未按期完成上线的，每逾期一日，乙方向甲方支付违约金1,000元。
4.4 实施期间，乙方指派一名项目经理和不少于三名实施顾问，按周提交实施进度报告。甲方指定项目联系人，负责协调门店、中央厨房和财务部门提供基础资料，并组织门店人员参加培训。
4.5 上线后三十日为陪跑期，乙方安排顾问在线值守，协助门店解决订货、收货、盘点中的操作问题，陪跑期服务费已包含在实施费中。

4A. 甲方的权利义务
4A.1 甲方应按约定支付费用，妥善保管账号密码，对其用户在系统中的操作负责。
4A.2 甲方有权随时导出其数据，有权要求乙方提供系统操作日志和服务水平月度报告。
4A.3 甲方不得对系统进行反向工程，不得将账号转让给甲方以外的第三方使用。

5. 服务水平
5.1 系统月度可用率不低于99.95%，计划内维护安排在凌晨2:00至5:00之间并提前两日通知。
5.2 一级故障（门店无法订货或仓库无法出库）30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
5.3 服务水平未达标的，按以下标准给予服务抵扣：月度可用率每低于承诺值0.1个百分点，抵扣当月服务费的2%；一级故障每超时1小时，抵扣当月服务费的1%。抵扣在下一季度服务费中扣减。

6. 数据与安全
6.1 甲方在系统中录入或产生的门店、采购、库存、配方、成本等数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
6.2 乙方应将甲方数据存储于中国境内数据中心，采取访问控制、加密传输与存储、操作日志审计、每日备份等安全措施，并通过网络安全等级保护三级测评。
6.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任。
6.4 合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

7. 知识产权
7.1 SaaS平台及其标准功能的知识产权归乙方所有。
7.2 为甲方定制的报表、接口程序及配置方案归甲方所有，甲方可自行使用、修改或交由第三方使用。

8. 保密
8.1 双方对在合作中获知的对方商业秘密（包括配方、采购价格、门店经营数据）负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。
8.2 乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

8A. 服务变更与系统升级
8A.1 乙方对SaaS平台进行版本升级的，应提前七日通知甲方，升级不得减少甲方已订购的功能，不得导致甲方数据丢失。
8A.2 甲方门店关闭的，可提前三十日书面通知乙方减少门店数量，自下一季度起按实际门店数计费。
8A.3 甲方需要新增功能或定制报表的，双方另行协商报价并签订补充协议。
8A.4 乙方应每季度向甲方提交服务报告，列明可用率、故障处理情况和服务抵扣金额。

9. 分包
乙方可将门店实施、培训和现场支持工作委托第三方服务商完成，但应提前书面通知甲方，乙方对第三方的工作承担责任。

10. 责任限制
10.1 除数据泄露和故意行为外，乙方在本合同项下的累计赔偿责任，不超过甲方在索赔事件发生前6个月内已向乙方支付的服务费总额。
10.2 任何一方均不对对方的间接损失、利润损失承担责任。

11. 合同解除
11.1 一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
11.2 乙方连续两个月可用率低于98%的，甲方有权解除合同，乙方退还已预收未服务期间的费用。

12. 适用法律及争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

13. 其他
13.1 本合同附件包括：服务模块功能清单、实施计划、接口说明、上线验收单模板，附件与本合同具有同等效力。
13.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。
13.3 双方通知以书面形式送达本合同所列地址或联系人电子邮箱，一方变更联系方式的，应提前五日书面通知对方。

甲方（盖章）：成都蜀味香连锁餐饮管理有限公司
授权代表：__________
乙方（盖章）：云链通供应链科技有限公司
授权代表：__________
日期：2025年7月15日
"""
H554Z04 = """某市消防救援支队接处警系统年度运维服务合同

项目名称：接处警系统年度运维服务（竞争性磋商）
采购编号：XFZD-CS-2025-012
采购人（甲方）：某市消防救援支队
成交供应商（乙方）：安澜应急科技股份有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就接处警系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：支队指挥中心接处警系统，包括119报警受理、警情调派、车辆定位、语音录音、大屏显示子系统及十八个消防站的站端设备。
（2）服务内容：7×24小时驻场值守、日常巡检、故障处置、数据备份、安全加固、版本升级、重大活动及节假日保障、等保测评整改配合。
（3）乙方派驻不少于四名运维工程师，其中项目负责人须具备高级工程师职称，驻场人员名单经甲方确认，未经甲方同意不得更换。

第二条 服务期限
服务期自2025年9月1日起至2026年8月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 合同金额
（1）合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），包括：驻场运维人工费1,056,000元，备品备件费186,000元，安全加固及版本升级服务费96,000元，节假日及重大活动保障费48,000元。
（2）合同总价为固定价格，包含税费及乙方履约的全部费用。

第三条之一 双方义务
（1）甲方负责提供运维所需的机房环境、办公场所、网络接入和必要的系统资料，指定专人负责与乙方对接，及时组织季度考核。
（2）乙方应建立运维管理制度，包括值班制度、交接班制度、变更管理、故障处置流程和应急预案，报甲方备案后执行。
（3）乙方应每半年组织一次接处警系统应急演练，检验主备切换、断网接警和手工调派流程，演练方案和总结报告提交甲方。
（4）重大节日、重要会议和灾害天气期间，乙方应按甲方要求增派技术人员驻守，确保接处警系统稳定运行。
（5）乙方应对站端设备建立台账，记录设备型号、位置、运行状态和维修记录，每季度与甲方核对一次。
（6）系统软件版本升级、数据库变更等操作须提前提交变更方案，经甲方批准后在低峰时段实施，并做好回退准备。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度末经甲方考核合格后十五个工作日内，甲方支付当季服务费346,500元。
（3）季度考核不合格的，甲方按第七条扣减后支付。

第五条 服务水平
（1）接处警系统月度可用率不低于99.8%。
（2）故障分级：一级故障（报警受理或警情调派中断）15分钟内响应并到达机房，1小时内恢复；二级故障（单一子系统或单个消防站终端故障）30分钟内响应，6个工作小时内处理完毕。
（3）三级故障（非核心功能异常）当日处理完毕。
（4）每月提交运维报告，内容包括系统运行情况、故障统计与处置、备份检查结果、安全事件和改进建议；每季度进行一次全面巡检并提交巡检报告，巡检范围覆盖指挥中心和全部十八个消防站的站端设备。
（5）乙方应保持一条专用服务热线和一个即时通讯值班群，值班工程师的联系方式报甲方备案，确保甲方随时能够联系到乙方值班人员。

第六条 考核与验收
（1）甲方按季度对乙方服务进行考核，考核指标包括可用率、故障响应及恢复时限、巡检完成率、备份有效性、安全漏洞整改率，考核标准见附件《运维考核细则》。
（2）服务期满后十五日内，甲方依据四个季度考核结果和运维文档移交情况组织年度验收，出具书面验收意见。

第七条 服务扣款
（1）可用率低于承诺值的，每低于0.1个百分点，扣减当季服务费的2%。
（2）一级故障响应或恢复超时的，每次扣减人民币5,000元；二级故障超时的，每次扣减人民币1,000元。
（3）扣款从当季服务费中直接扣除。

第七条之一 人员管理
（1）驻场人员应遵守甲方营区管理规定，统一着装，佩戴工作证件，不得进入与运维无关的区域。
（2）驻场人员须经甲方政治审查，签署保密承诺书后方可上岗。乙方更换驻场人员的，应提前十日书面申请，新人员须经甲方同意并完成交接。
（3）乙方应为驻场人员依法缴纳社会保险，驻场人员的劳动关系、工资福利、人身安全由乙方负责，与甲方无关。
（4）甲方认为驻场人员不能胜任工作的，有权要求乙方在七日内更换。

第七条之二 备品备件
（1）乙方应在甲方现场储备服务器硬盘、交换机、录音板卡、调度终端等常用备件，备件清单经甲方确认。
（2）备件使用后乙方应在七日内补齐，更换下来的故障部件中含有存储介质的，交由甲方处理。
（3）服务期满时，乙方以备品备件费采购的未使用备件归甲方所有，并列入移交清单。

第八条 违约责任
（1）乙方未按期完成季度巡检、等保整改配合或版本升级任务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（2）乙方人员违反甲方安全保密规定的，甲方有权要求更换，并视情节扣减服务费。
（3）因乙方原因造成重大接处警事故的，乙方承担全部赔偿责任。

第九条 数据安全
（1）报警录音、警情记录、车辆轨迹、通讯录等数据全部属于甲方，乙方仅为运维目的在甲方现场访问，不得复制、拷贝或带离，不得用于任何其他用途。
（2）乙方须遵守公安消防网络安全管理规定，运维操作通过甲方堡垒机进行，禁止使用外接存储介质，废旧存储介质交由甲方统一销毁。
（3）发生数据泄露、篡改或丢失的，乙方应立即报告并在30分钟内启动处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其驻场人员对接触到的警情信息、指挥调度方案、网络拓扑及其他工作秘密负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在运维过程中形成的运维文档、脚本、配置方案和报告归甲方所有。

第十二条 分包
乙方不得将本合同转包或分包给任何第三方。

第十三条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十四条 适用法律和争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（1）磋商文件、响应文件、成交通知书及附件《运维服务清单》《运维考核细则》《驻场人员名单》为本合同组成部分。
（2）服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位完整移交运维文档、账号权限、备品备件台账和未结事项，并配合做好交接，移交完成前乙方仍负有运维责任。
（3）本合同未尽事宜，由双方协商签订补充协议。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市消防救援支队
乙方（盖章）：安澜应急科技股份有限公司
签订日期：2025年8月20日
"""
H554Z05 = """# 软件许可及定制开发合同（乙方标准合同文本 V4.0）

合同编号：YX-WMS-2025-063

甲方（用户）：河东老坛酸菜食品有限公司

乙方（开发商）：易仓云软件科技有限公司

甲方因扩建腌制车间和成品仓库，需要一套仓储管理系统（WMS），实现原料菜、腌制池、半成品及成品的入库、出库、库位和批次管理。乙方为专业仓储软件开发商。双方根据《中华人民共和国民法典》，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“易仓WMS”标准版软件许可及PDA移动端许可，许可方式为永久许可，限甲方本厂区使用。

1.2 乙方按双方确认的需求清单进行定制开发，包括腌制池批次追溯、发酵周期管理、成品保质期预警以及与甲方用友ERP的接口。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 甲方负责提供服务器、网络环境和PDA终端，提供物料编码、库位规划、腌制池编号等基础资料，并指定专人配合实施。甲方提供的资料不准确或不及时的，由此产生的后果由甲方承担。

1.5 需求清单以双方签字确认的版本为准。需求确认后甲方提出的新增或变更需求，乙方有权另行报价，双方签订补充协议后实施。

## 第二条 价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 易仓WMS标准版软件许可 | 1套 | 286,000 |
| 2 | PDA移动端许可 | 20用户 | 64,000 |
|  | 软件许可小计 |  | 350,000 |
| 3 | 定制开发（批次追溯、发酵周期、保质期预警、ERP接口） | 1项 | 248,000 |
| 4 | 实施部署及数据初始化 | 1项 | 58,000 |
| 5 | 操作培训 | 1项 | 12,000 |
|  | 合计 |  | 668,000 |

合同总价为人民币陆拾陆万捌仟元整（¥668,000），含增值税。PDA硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即人民币434,200元，乙方收到款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币233,800元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

## 第四条 实施周期

4.1 乙方计划在收到首付款后九十日内完成系统上线。实施计划以乙方项目经理发出的计划为准，因甲方需求变更、数据准备不及时或现场条件不具备导致的延期，工期相应顺延。

4.2 乙方将尽合理努力按计划完成实施，但不对工期延误承担违约责任。

## 第五条 上线与验收

5.1 系统部署完成并在甲方环境运行后，即视为系统上线。

5.2 系统上线运行即视为甲方验收合格，甲方无需另行出具验收文件。上线后甲方提出的问题，按第六条维护服务处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的价格标准执行。

6.3 故障响应：一级故障（系统无法出入库）乙方在接到报修后8小时内响应，二级及以下故障在两个工作日内响应。乙方以远程方式为主，现场服务另行收费。

6.4 维护服务以乙方合理努力为准，乙方未能在上述时间内响应或解决的，不承担扣款、赔偿或违约责任。

6.5 以下情形不属于维护服务范围，乙方可另行收费：甲方服务器、网络、PDA终端或操作系统故障；甲方擅自修改程序或数据库；甲方需求变更或新增功能；非乙方原因导致的数据恢复。

6.6 乙方提供的软件升级仅限同一主版本内的补丁和小版本更新，跨主版本升级需另行购买。

## 第七条 知识产权

7.1 “易仓WMS”软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、报表及相关源代码，知识产权归乙方所有，甲方在本厂区范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第七条之一 交付物

乙方交付的内容包括：安装介质、系统操作手册、管理员手册、PDA使用说明以及培训课件。定制开发部分乙方仅交付可执行程序，不交付源代码。

## 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有。

8.2 乙方可对甲方数据进行脱敏、汇总处理，用于改进乙方产品、行业分析和算法模型训练，该等脱敏数据及分析结果归乙方所有。

8.3 乙方在远程维护中应遵守甲方的网络安全要求，采取访问控制和操作记录措施，不得擅自删除或篡改甲方数据；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第九条 责任限制

9.1 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

9.2 乙方不对甲方的间接损失、生产损失、利润损失或数据恢复费用承担责任。

## 第九条之一 甲方义务

甲方应按时付款，按乙方要求准备实施环境，组织仓库管理员、质检员和车间班组长参加培训，并按乙方提供的操作手册规范使用系统。因甲方操作不当、擅自修改系统配置或服务器环境故障导致的问题，不属于乙方维护范围。

## 第九条之二 培训

乙方为甲方提供两次现场培训，每次不超过两天，对象为仓库管理员、质检员、车间班组长和系统管理员。培训后甲方新增人员的培训，乙方可提供远程培训，现场培训按乙方人天单价另行收费。乙方提供的培训课件仅供甲方内部使用。

## 第九条之三 不可抗力

因不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。

## 第十条 合同解除

一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

## 第十一条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十二条 其他

12.0 本合同的附件包括需求清单、实施计划和报价单，附件与本合同正文不一致的，以本合同正文为准。

12.1 本合同文本为乙方标准文本，双方确认已充分阅读并理解全部条款，乙方已就责任限制等条款向甲方作出提示和说明。

12.2 双方往来通知以书面形式送达本合同所列地址，电子邮件发送至双方项目联系人邮箱即视为送达。

12.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：河东老坛酸菜食品有限公司　　授权代表：__________

乙方（盖章）：易仓云软件科技有限公司　　授权代表：__________

日期：2025年5月26日
"""
H554E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MPS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 3 June 2025 between:
P:(1) Minho Planning Systems, Lda., a company incorporated in Portugal with its registered office at Rua do Raio 210, 4710-923 Braga, Portugal (the "Vendor"); and
P:(2) Jiaxing Hengfeng Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer").
P:WHEREAS the Customer operates three weaving and dyeing plants and wishes to replace its spreadsheet-based production planning with an advanced planning and scheduling system; and WHEREAS the Vendor develops and licenses the "LoomPlan APS" software and provides related implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LoomPlan APS server software and user licences listed in Article 3, in object code, with the documentation.
P:1.2 "Custom Deliverables" means the interfaces, scheduling rules, reports and any other work product developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written acceptance of the whole system under Article 6.2.
P:1.4 "Customer Data" means all production, order, inventory and personnel data entered into or generated by the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for the internal business of the Customer and its subsidiaries in mainland China.
P:2.2 The Vendor shall perform the implementation services: installation, configuration of the planning model for the three plants, development of the interfaces with the Customer's ERP and dyehouse control systems, data migration, training and go-live support.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The Contract Price is CNY 1,240,000, made up as follows:
TB:Item|Quantity|Amount (CNY)
TB:APS server licence (perpetual)|1|420,000
TB:Planner user licences (perpetual)|40 x 9,500|380,000
TB:Licence subtotal||800,000
TB:Implementation and configuration|lump sum|318,000
TB:ERP and dyehouse interfaces|lump sum|96,000
TB:Training (administrators and planners)|lump sum|26,000
TB:Contract Price||1,240,000
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's personnel, and all services during the warranty period.
H:Article 4 Payment
P:4.1 18% of the Contract Price (CNY 223,200) within 30 days after signature, against the Vendor's invoice.
P:4.2 47% of the Contract Price (CNY 582,800) within 30 days after Go-Live, meaning the first production schedule issued from the Software for all three plants.
P:4.3 35% of the Contract Price (CNY 434,000) within 30 days after Final Acceptance.
P:4.4 Go-Live and the payment under Article 4.2 do not constitute acceptance.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature and Final Acceptance within 210 days after signature, subject to the Customer's timely provision of data and access.
P:5.2 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall be run in the Customer's production environment according to a test plan agreed within 30 days after signature.
P:6.2 Final Acceptance requires that: (a) all functions in the agreed specification pass the tests; (b) the Software produces weekly schedules for all three plants in no more than 10 minutes; (c) interface reconciliation shows no missing or duplicated orders for 20 consecutive working days; (d) no Severity 1 defect is open; and (e) all documentation and the source code of the Custom Deliverables have been handed over. The Customer shall issue a Final Acceptance certificate within 10 working days after these criteria are met, or state in writing the criteria not met.
P:6.3 Use of the Software in production does not constitute Final Acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects free of charge and provide updates and support.
P:7.2 Support levels during the Warranty Period and any support period: Severity 1 (planning engine or scheduling unavailable for a plant) response within 1 hour and workaround within 8 hours; Severity 2 response within 8 business hours; Severity 3 response within 3 business days. For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 800 against the next payment due or pay it to the Customer.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support at 11% of the Licence subtotal per year (CNY 88,000), fixed for the first three years of support. Any later change requires the Customer's written agreement.
P:8.2 Support is ordered by the Customer's purchase order for each year. There is no automatic renewal.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify and license them freely, including to third-party service providers.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 Remote access by the Vendor shall be made only through the Customer's VPN with multi-factor authentication, for sessions approved by the Customer, and shall be logged. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in remedial measures, and be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 10 and 11, personal injury and wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 5.2 reach their maximum.
P:14.2 On termination the Vendor shall return the Customer's documents and Customer Data and refund payments for services not performed.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Portugal.
P:15.2 Any dispute shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.
H:Article 15A Project Organisation
P:15A.1 Each party shall appoint a project manager. The project managers shall meet weekly during implementation and keep minutes of decisions. The Vendor's project manager and lead consultant named in its proposal may be replaced only with the Customer's written approval.
P:15A.2 The Customer shall provide the Vendor's consultants with office space at the Jiaxing plant, network access under Article 10, and key users from planning, dyeing and finance for workshops and testing.
P:15A.3 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule before any change work starts.
H:Article 15B Force Majeure
P:15B.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event lasts more than 90 days, either party may terminate this Agreement by written notice.
H:Article 16 General
P:16.1 This Agreement, with its annexes (specification, test plan and project plan), is the entire agreement between the parties. In case of conflict, this Agreement prevails over the annexes.
P:16.2 Notices shall be in writing and sent by courier or e-mail to the addresses and project managers named in the annexes. Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.
P:16.3 This Agreement is signed in two originals in English, one for each party.
P:For the Vendor: Minho Planning Systems, Lda.    Name: ______________    Title: Managing Director
P:For the Customer: Jiaxing Hengfeng Textile Co., Ltd.    Name: ______________    Title: General Manager
"""
H554E02 = """# ORDER FORM — RouteAtlántica Delivery Platform

**Order Form No.** RA-ORD-2025-0219
**Supplier:** Atlántica Rutas, S.L., Calle Triana 58, 35002 Las Palmas de Gran Canaria, Canary Islands, Spain ("Supplier")
**Customer:** Qingdao Haiyun Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, PRC ("Customer")
**Order Date:** 21 July 2025

This Order Form is entered into under, and incorporates, the General Terms set out below. In case of conflict, this Order Form prevails over the General Terms.

## 1. Subscribed Service

1.1 RouteAtlántica, a cloud platform for route optimisation, driver dispatch, temperature-log capture and electronic proof of delivery, provided from Supplier's hosting region in mainland China.

1.2 Users: 150 Driver Seats (mobile app) and 12 Dispatcher Seats (web console).

1.3 Onboarding services: configuration of depots, vehicle types and delivery windows; import of customer addresses; integration with Customer's transport management system; training of dispatchers and drivers.

## 2. Subscription Term

2.1 The Subscription Term starts on 1 September 2025 (the "Subscription Start Date") and ends on 31 August 2027. It consists of two Subscription Years.

2.2 Renewal: the Subscription Term renews automatically for successive renewal terms of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the current term. For each renewal term, Supplier may increase the Subscription Fees by up to 9% by notice given at least 30 days before the renewal term starts.

## 3. Fees

At Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY).

| Item | Quantity | Unit price (CNY per Subscription Year) | Amount per Subscription Year (CNY) |
|---|---|---|---|
| Driver Seat | 150 | 1,680 | 252,000 |
| Dispatcher Seat | 12 | 4,500 | 54,000 |
| Subscription Fees per Subscription Year | | | 306,000 |

| One-time fee | Amount (CNY) |
|---|---|
| Onboarding services | 38,000 |

Total fees under this Order Form: 2 Subscription Years x CNY 306,000 + CNY 38,000 = **CNY 650,000**. Fees include VAT.

## 4. Invoicing and Payment

4.1 Subscription Fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days of invoice.

4.2 The onboarding fee is invoiced after Onboarding Acceptance under section 5 and is payable within 30 days of invoice.

4.3 No amount is payable before the Subscription Start Date.

## 5. Onboarding and Acceptance

5.1 Supplier shall complete onboarding by 31 August 2025.

5.2 Onboarding Acceptance requires that: (a) all 150 drivers can log in and receive routes; (b) route plans are produced for all depots within 5 minutes of order cut-off; (c) orders from Customer's transport management system are received without loss for 10 consecutive days; and (d) temperature logs and proof-of-delivery records are visible in the console within 2 minutes of capture. Customer signs an Onboarding Acceptance certificate when these criteria are met. Use of the Service before then is not acceptance.

5.3 If onboarding is not completed by the date in 5.1 for reasons attributable to Supplier, Supplier shall pay CNY 500 for each day of delay, up to CNY 20,000.

## 6. Service Levels

6.1 Availability: the Service shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Support: Priority 1 (Service unavailable or route dispatch impossible for all users) — response within 1 hour, restoration within 6 hours, at all times; Priority 2 — response within 8 business hours; Priority 3 — response within 2 business days.

6.3 Service credits: for each 0.1 percentage point of monthly availability below 99.95%, a credit of 3% of the monthly share of Subscription Fees; for each hour by which a Priority 1 response or restoration is late, a credit of 1%. Credits are deducted from the next invoice.

Signed for Supplier: ____________________ (Name, Title)
Signed for Customer: ____________________ (Name, Title)

---

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the RouteAtlántica platform and related support described in the Order Form.
1.2 "Customer Data" means data submitted to the Service by or for Customer, including addresses, consignee names and phone numbers, routes, vehicle positions, temperature logs and delivery photographs.
1.3 "Customer Configurations" means depot set-ups, delivery-window rules, report templates and integration mappings created for Customer.

## 2. Use of the Service

2.1 Supplier grants Customer and its affiliates a non-exclusive right to use the Service during the Subscription Term for their internal business.
2.2 Customer is responsible for its users' accounts and for the accuracy of the data it submits.
2.3 Customer shall not resell the Service or attempt to reverse engineer it.

## 3. Customer Data

3.1 Customer Data belongs to Customer. Supplier may use Customer Data only to provide the Service to Customer and shall not sell it or use it for any other purpose.
3.2 On expiry or termination Supplier shall, at Customer's request made within 30 days, export Customer Data in CSV format and then delete it.

## 4. Intellectual Property

4.1 Supplier owns the Service, the software and all improvements to them.
4.2 Customer Configurations belong to Customer. Customer may use, modify and license them freely, including to a successor service provider.

## 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and disclose it only to personnel and advisers who need to know it and are bound by similar obligations.
5.2 This section survives for three years after the end of the Subscription Term.

## 6. Warranties

6.1 Supplier warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.
6.2 Customer's remedies for breach of 6.1 are correction of the non-conformity, the service credits in the Order Form and the termination right in section 9.

## 7. Liability

7.1 Each party's total liability arising out of the Order Form and these General Terms is limited to 150% of the total fees under the Order Form.
7.2 Neither party is liable for indirect or consequential loss or loss of profit.
7.3 The limits do not apply to personal injury, fraud, wilful misconduct or Customer's payment obligations.

## 8. Subcontracting

8.1 Supplier shall not subcontract the Service or the onboarding services, in whole or in part, without Customer's prior written consent. Supplier remains responsible for any approved subcontractor.

## 9. Termination

9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
9.2 Customer may also terminate if monthly availability is below 99% in two consecutive months.
9.3 On termination by Customer under 9.1 or 9.2, Supplier shall refund prepaid Subscription Fees for the period after termination.

## 10. Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Force majeure does not excuse payment obligations.

## 11. Governing Law and Disputes

11.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.
11.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 11A. Data Export and Transition

11A.1 During the Subscription Term Customer may export its Customer Data at any time through the console in CSV or JSON format, without additional charge.
11A.2 If Customer moves to another provider at the end of the Subscription Term, Supplier shall provide reasonable transition assistance for up to 30 days, including a final export of all delivery records and temperature logs, at the daily rate of CNY 3,200 per consultant day.

## 11B. Customer Responsibilities

11B.1 Customer shall provide suitable mobile devices for its drivers, keep the driver app updated and ensure that its users follow the documentation.
11B.2 Customer shall name a project lead for onboarding and make depot staff available for configuration workshops and training sessions.
11B.3 Customer shall inform Supplier in advance of planned changes to its transport management system that may affect the integration.
11B.4 Customer is responsible for obtaining any consents needed from consignees for the collection of their names, phone numbers and delivery photographs.

## 12. General

12.1 Notices must be in writing and sent to the addresses in the Order Form.
12.2 Neither party may assign the Order Form without the other's written consent.
12.3 Amendments must be in writing and signed by both parties.
12.4 Supplier shall provide, on Customer's request and not more than once per Subscription Year, a summary report on the Service's availability, support tickets and credits for the previous period.
12.5 If any provision of the Order Form or these General Terms is held invalid, the other provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
"""
H554E03 = """
T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND SOFTWARE
P:Contract No. BYC-SB-2025-027
P:Buyer: Tangshan Beiyuan Cement Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Urola Sensing Technologies, S.L., Polígono Azitain 3, 20600 Eibar, Gipuzkoa, Basque Country, Spain (the "Supplier").
P:Background. The Buyer operates two clinker production lines. It wishes to monitor vibration and temperature on its kiln drives, raw mills, cement mills and fans in order to plan maintenance and avoid unplanned stops. Following the Buyer's tender, the Supplier was selected. This Contract is on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install and commission wireless vibration sensors, temperature sensors, gateways, an edge server and the condition-monitoring software listed in Section 2, and shall configure alarm thresholds and dashboards for the Buyer's equipment.
P:1.2 The Supplier shall develop custom dashboards and an interface that sends alarms and health indices to the Buyer's maintenance management system.
P:1.3 The Supplier shall train the Buyer's maintenance engineers and operators.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is CNY 1,180,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX rated|180|3,200|576,000
TB:2|Wireless temperature sensor|40|1,850|74,000
TB:3|Industrial gateway|12|9,800|117,600
TB:4|Edge server with storage|1|86,400|86,400
TB:5|Condition-monitoring software, perpetual licence|1|148,000|148,000
TB:6|Spare sensor kit|1|38,000|38,000
TB:|Hardware and licence subtotal|||1,040,000
TB:7|Installation, commissioning and custom dashboards|1|118,000|118,000
TB:8|Training|1|22,000|22,000
TB:|Contract Price|||1,180,000
P:2.2 The Contract Price is fixed. It includes packing, DDP delivery to the Buyer's plant, import duties, taxes and all services during the warranty period.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 118,000) as an advance within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 649,000) within 30 days after the Installation Certificate. The Installation Certificate confirms physical installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 413,000) within 30 days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 70 days after signature and complete installation within 30 days after delivery, during the Buyer's scheduled kiln stop.
P:4.2 For each day of delay in delivery or in Final Acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance criteria: (a) all 220 sensors report data to the software at the configured intervals with a packet loss below 1% over 30 consecutive days; (b) the vibration readings of ten sample points agree with the Buyer's portable reference analyser within ±5%; (c) alarms reach the Buyer's maintenance management system within 60 seconds; (d) the custom dashboards match the approved designs; and (e) all manuals, configurations and as-built documents have been delivered.
P:5.2 When the criteria are met the Buyer shall sign a Final Acceptance Certificate within 10 working days. Installation, use of the system or any payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants all equipment and software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including freight and on-site labour, and provide software updates.
P:6.2 Replacement sensors shall be dispatched from the spare kit at the Buyer's plant immediately and the kit replenished by the Supplier within 20 days.
H:Section 7 Support Service Levels
P:7.1 Severity 1 (loss of monitoring for a whole production line or the edge server down): remote response within 30 minutes, restoration within 8 hours. Severity 2 (individual sensors or gateways down): response within 6 business hours; Severity 3: response within 2 business days.
P:7.2 For each full hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000, deducted from any amount due.
H:Section 8 Post-Warranty Support
P:8.1 After the warranty period the Buyer may order annual support at 8% of the Hardware and licence subtotal (CNY 83,200 per year), fixed for the first three years of support. The support covers repair, software updates and the service levels in Section 7.
P:8.2 Support is ordered by purchase order; nothing in this Contract renews automatically.
H:Section 9 Intellectual Property
P:9.1 The software remains the property of the Supplier or its licensors and is licensed to the Buyer perpetually.
P:9.2 The custom dashboards, the interface to the maintenance management system and all configurations made for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties.
H:Section 10 Data and Security
P:10.1 All measurement data, alarm records and equipment information are Buyer Data and belong to the Buyer. The system is installed on the Buyer's premises; the Supplier shall not transfer Buyer Data outside the Buyer's network or use it for any purpose other than this Contract.
P:10.2 Remote access for support shall be approved by the Buyer for each session, made through the Buyer's VPN and logged. The Supplier shall keep its tools free of malware and follow the Buyer's network security rules.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for all losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's process data and plant layouts, and use it only for this Contract. This obligation survives for three years after the end of the warranty period.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11, which are not limited.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation labour may be subcontracted only to a company approved in writing by the Buyer, and the Supplier remains responsible for it.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:Section 15A Buyer's Obligations
P:15A.1 The Buyer shall provide mounting points, power supply for the gateways and the edge server, network connections in its control room and access to the equipment during the scheduled kiln stop.
P:15A.2 The Buyer shall name a project engineer who coordinates the installation with production and safety departments and signs the installation and acceptance documents.
H:Section 15B Site Safety
P:15B.1 The Supplier's personnel shall follow the Buyer's safety rules, including lock-out and tag-out procedures, hot-work permits and rules for working at height, and shall attend the Buyer's safety induction before starting work.
P:15B.2 The Supplier is responsible for the safety of its personnel and shall insure them against accidents. The Buyer may remove from site any person who breaks the safety rules.
H:Section 15C Force Majeure
P:15C.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, port closures or government action, provided that it notifies the other party within seven days and takes reasonable steps to limit the effect. Dates are extended by the duration of the event. If the event lasts more than 90 days, either party may terminate this Contract by written notice.
H:Section 15D Packing and Documents
P:15D.1 Equipment shall be packed for sea and road transport and marked with the contract number. Each shipment shall be accompanied by a packing list, certificates of origin and conformity, and calibration certificates for every sensor.
H:Section 15E Documentation and Training
P:15E.0 The Supplier shall keep the Buyer informed of progress through a written report every two weeks from signature until Final Acceptance, covering manufacturing, shipment, installation and any risks to the dates in Section 4.
P:15E.1 The Supplier shall deliver operating and maintenance manuals in Chinese and English, wiring diagrams, the sensor location list and the configuration backup of the software. Training shall cover sensor replacement, alarm handling and the use of the dashboards for at least 20 of the Buyer's engineers and operators.
H:Section 16 General
P:16.1 This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 14 August 2025
"""
H554E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CBM-FS-2025-07

**Provider:** Costa Brava Managed IT, S.L., Carrer de la Creu 31, 17002 Girona, Catalonia, Spain, acting through its Shenzhen service centre ("Provider")

**Customer:** Foshan Linhe Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong Province, PRC ("Customer")

**Date:** 2 September 2025

Customer manufactures panel and upholstered furniture at three plants in Shunde and wishes to outsource the day-to-day operation of its end-user devices, plant networks and servers. Provider offers managed IT services. The parties agree as follows.

## DEFINITIONS

"Services" means the managed services described in Schedule 1. "Service Commencement" means the date on which Provider takes over operation of all in-scope assets after successful completion of Transition under TRANSITION. "Monthly Service Charge" means the charge in Schedule 3. "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services.

## TERM

The Agreement starts on the date above. The Initial Term of the Services runs for 36 months from Service Commencement, planned for 1 November 2025. The Agreement ends at the end of the Initial Term unless the parties agree in writing on an extension; there is no automatic renewal.

## TRANSITION

Provider shall carry out Transition according to the transition plan: inventory of assets, knowledge transfer from Customer's current staff, installation of monitoring tools, set-up of the service desk and acceptance testing. Transition is complete when Customer signs a Service Commencement certificate after verifying that (a) all in-scope assets in Schedule 1 are monitored, (b) the service desk has handled calls for 10 working days in parallel with Customer's team meeting the Schedule 2 response times, (c) backups of all in-scope servers have been restored successfully in a test, and (d) runbooks for all critical systems have been delivered. If Service Commencement is delayed beyond 1 November 2025 for reasons attributable to Provider, Provider shall pay CNY 1,500 for each day of delay.

## CHARGES AND PAYMENT

At Customer's request all charges are in Chinese Yuan (CNY). Customer pays a one-time Transition Charge and the Monthly Service Charge, as set out in Schedule 3. The Transition Charge is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days of invoice. No charge is payable in advance. The charges are fixed for the Initial Term.

## SERVICE LEVELS AND SERVICE CREDITS

Provider shall meet the service levels in Schedule 2. If it fails to do so, Provider shall grant the service credits in Schedule 2, deducted from the next invoice. Provider shall report service-level performance monthly and attend a monthly service review with Customer.

## CUSTOMER DATA AND SECURITY

Customer Data belongs to Customer. Provider may process Customer Data only on Customer's instructions and only to perform the Services, and shall not copy, retain or use it for any other purpose. Provider shall keep all Customer Data in mainland China, access Customer systems only through Customer's privileged-access management gateway with multi-factor authentication, apply least-privilege access and keep logs for at least 180 days. Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Provider shall notify Customer of any security incident within 2 hours of detection, take remedial measures immediately and compensate Customer for all losses caused by Provider's breach of this clause, including regulatory fines.

## CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including network designs, passwords, product designs and pricing, use it only for this Agreement and disclose it only to staff who need to know it. This obligation survives the end of this Agreement for three years.

## INTELLECTUAL PROPERTY

Runbooks, configuration records, scripts and documentation prepared for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider. Provider's monitoring tools remain Provider's property.

## PERSONNEL AND SUBCONTRACTING

Provider shall assign a named service manager and suitably qualified engineers. Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the acts of approved subcontractors.

## LIABILITY

Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid by Customer in the 6 months preceding the event giving rise to the claim. Neither party is liable for loss of profit or indirect loss. The limit does not apply to personal injury or wilful misconduct.

## TERM COMMITMENT AND TERMINATION

The Initial Term is a fixed commitment. Neither party may terminate this Agreement for convenience before the end of the Initial Term. Customer's remedies for any failure of Provider to perform the Services, including a material breach, are the service credits under Schedule 2 and damages within the limits of LIABILITY; Customer shall not be entitled to terminate this Agreement on the ground of Provider's breach. Provider may suspend the Services if undisputed charges remain unpaid for more than 60 days after written notice. On expiry Provider shall provide exit assistance for up to 60 days at the daily rates in Schedule 3.

## GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## CUSTOMER RESPONSIBILITIES

Customer shall give Provider's engineers access to its plants and systems as reasonably required, provide a contact person at each plant, keep its software licences valid and inform Provider in advance of planned production changes that affect the IT environment. Where Provider cannot meet a service level because Customer has not met these responsibilities, no service credit is due for that incident.

## CHANGE CONTROL

Either party may propose changes to the Services. A change takes effect only when both parties sign a change note describing the change, its effect on the charges and on the service levels, and the date from which it applies. Changes in the number of users or devices of up to 5% per quarter are included in the Monthly Service Charge. Larger changes are priced using the unit rates agreed in the change note.

## REPORTING AND GOVERNANCE

Provider shall deliver a monthly service report within five working days after the end of each month, covering incidents, service-level results, credits, changes, security events and open risks. The parties shall hold a monthly service review and a quarterly management review at which improvement actions are agreed and recorded.

## FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, power failures in the public grid or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits are not due for periods affected by force majeure.

## GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

Signed for Provider: ____________________

Signed for Customer: ____________________

---

## SCHEDULE 1 — SCOPE OF SERVICES

| Service element | In-scope assets | Description |
|---|---|---|
| Service desk | 620 users | Chinese and English telephone, e-mail and portal support, 07:00–22:00 on plant working days; on-call otherwise |
| End-user devices | 540 PCs and laptops, 90 printers | Imaging, patching, antivirus, hardware break-fix coordination |
| Plant networks | 3 sites, 46 switches, 120 access points, 3 firewalls | Monitoring, configuration changes, firmware updates |
| Servers and backup | 28 virtual servers, 2 storage arrays | Monitoring, patching, daily backup, quarterly restore tests |
| Reporting | — | Monthly service report, asset register, capacity review |

## SCHEDULE 2 — SERVICE LEVELS AND SERVICE CREDITS

| Measure | Level | Service credit if missed |
|---|---|---|
| Priority 1 incident (a plant network, ERP server or MES server down) — response | 15 minutes, at all times | 2% of the Monthly Service Charge per late incident |
| Priority 1 incident — restoration | 6 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 incident — response | 1 hour during service hours | 0.5% of the Monthly Service Charge per late incident |
| Availability of plant core networks | 99.95% per month | 5% of the Monthly Service Charge per 0.1 percentage point below the level |
| Backup success rate | 99% of scheduled jobs per month | 2% of the Monthly Service Charge |

Total service credits in a month are limited to 20% of the Monthly Service Charge.

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Transition Charge (one time) | 84,000 |
| Monthly Service Charge | 68,500 |
| Monthly Service Charge over the Initial Term (36 x 68,500) | 2,466,000 |
| Total charges over the Initial Term | 2,550,000 |
| Exit assistance (per engineer day) | 2,800 |
"""
H554E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. FMD-API-2025-033

Provider: Funchal Marine Data, Unipessoal Lda., Rua da Alfândega 75, 9000-059 Funchal, Madeira, Portugal ("Provider")
Customer: Xiamen Haixin Aquatic Products Trading Co., Ltd., Huli District, Xiamen, Fujian Province, PRC ("Customer")
Date: 8 October 2025

Background: Customer imports and trades frozen seafood and charters reefer vessels. It needs marine weather forecasts, sea-state data and vessel-position data to plan voyages and to track its cargoes. Provider operates a data service that supplies this information through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Provider's MarineFeed application programming interface and the related developer portal and documentation.
1.2 "Data" means the forecasts, observations, vessel positions and other information made available through the API.
1.3 "Customer Inputs" means the vessel lists, port lists, routes, queries and other information that Customer submits to the API.
1.4 "Subscription Year" means each period from 1 November to 31 October of the following calendar year.
1.5 "Custom Extracts" means the data extracts, route-risk reports and dashboard widgets that Provider builds specifically for Customer under clause 3.3.

2. TERM
2.1 The subscription runs from 1 November 2025 to 31 October 2027, two Subscription Years.
2.2 The subscription does not renew automatically. Any renewal requires a written agreement signed by both parties.

3. SERVICE
3.1 Provider grants Customer a non-exclusive, non-transferable right during the term to call the API and to use the Data for Customer's internal business, including sharing Data with its charterers, freight forwarders and insurers in the ordinary course of that business.
3.2 The subscription includes: global marine weather forecasts at 0.25 degree resolution, updated four times a day; sea-state and swell data; AIS-based positions of up to 300 vessels nominated by Customer; and a historical archive of weather data for the past ten years for Customer's main routes.
3.3 Provider shall build the Custom Extracts described in the Annex, including a daily route-risk report for Customer's chartered vessels on the routes between South America, Southeast Asia and Xiamen.
3.4 The included volume is 3,000,000 API calls per Subscription Year. Calls above that volume are charged at the overage rate in clause 4.2.

4. FEES AND PAYMENT
4.1 At Customer's request all fees are in Chinese Yuan (CNY). The subscription fee is CNY 216,000 per Subscription Year, including the Custom Extracts. Total subscription fees for the term: 2 x CNY 216,000 = CNY 432,000.
4.2 Overage: CNY 18 per 1,000 API calls above the included volume, invoiced quarterly in arrears.
4.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
4.4 Fees include VAT. Each party bears its own bank charges.

5. ACTIVATION AND ACCEPTANCE
5.1 Provider shall activate Customer's API keys, load the nominated vessels and deliver the historical archive and the first Custom Extracts by 1 November 2025 (the "Activation Date").
5.2 Customer shall test the service within 10 working days after activation. Activation Acceptance requires that: (a) the API returns forecasts for all of Customer's 24 nominated ports and routes; (b) positions are returned for at least 95% of the nominated vessels; (c) the historical archive is complete for the agreed routes and period; and (d) the Custom Extracts match the Annex. Customer confirms Activation Acceptance in writing; use of the API during testing is not acceptance.
5.3 If the Activation Date is missed for reasons attributable to Provider, Provider shall pay CNY 400 for each day of delay, up to CNY 20,000, and the term is not extended.

6. AVAILABILITY AND SUPPORT
6.1 Provider will use commercially reasonable efforts to keep the API available and to maintain the timeliness of the Data.
6.2 Support requests may be made through the developer portal or by e-mail. Provider will use commercially reasonable efforts to respond to and resolve support requests in a timely manner.
6.3 Provider may carry out maintenance of the API from time to time and will try to announce planned maintenance on the developer portal in advance.

7. DATA SOURCES AND SUBCONTRACTORS
7.1 The Data is compiled from Provider's own models and from third-party sources, including satellite operators, national weather services and AIS networks.
7.2 Provider may engage subcontractors, hosting providers and data partners to perform any part of this Agreement, including hosting of the API and processing of Customer Inputs, by giving Customer written notice of the subcontractor's name. Provider remains responsible for its subcontractors.

8. CUSTOMER INPUTS AND SECURITY
8.1 Customer Inputs belong to Customer. Provider may use Customer Inputs only to provide the service to Customer and shall not disclose them to third parties (other than subcontractors under clause 7.2 for that purpose) or use them for any other purpose, including its own analytics.
8.2 Provider shall protect Customer Inputs and API keys with encryption in transit and at rest, role-based access control, logging of access and regular security testing. Customer Inputs are processed on servers in mainland China through Provider's local hosting partner.
8.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Inputs or API keys, revoke and reissue affected keys, and compensate Customer for losses caused by Provider's breach of this clause 8.

9. INTELLECTUAL PROPERTY
9.1 Provider and its licensors retain all rights in the API and the Data. Customer may keep and use Data received during the term after the term ends for its internal records.
9.2 The Custom Extracts, including their report layouts and query logic, belong to Customer, which may use, modify and license them freely, including to another data provider.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the other party's non-public information, including Customer's vessel lists, routes and trading information, and use it only for this Agreement. This clause survives for three years after the term.

11. WARRANTY
11.1 Provider warrants that it has the right to license the Data and that the Data is produced with reasonable skill and care. Weather forecasts are by their nature uncertain, and Customer remains responsible for its navigation and commercial decisions.

12. LIABILITY
12.1 Each party's total liability under this Agreement is limited to 150% of the total subscription fees under clause 4.1, except for breach of clauses 8 and 10, personal injury and wilful misconduct.
12.2 Neither party is liable for indirect or consequential loss, including loss of cargo value caused by weather, except where caused by Provider's wilful misconduct.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
13.2 If Customer terminates under clause 13.1, Provider shall refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

14A. CUSTOMER OBLIGATIONS
14A.1 Customer shall keep its API keys secret, use them only in its own systems and notify Provider without delay if it suspects that a key has been compromised.
14A.2 Customer shall not resell the Data as a stand-alone data product or use it to build a competing data service.
14A.3 Customer shall name a technical contact for activation testing and for the agreement of the Custom Extracts specification.

14B. FORCE MAJEURE
14B.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as the failure of satellite or public data sources, natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents the provision of the main Data for more than 60 days, either party may terminate this Agreement by written notice and Provider shall refund the fees paid for the period after termination.

14C. CHANGES TO THE API
14C.1 Provider may update the API and the formats of the Data from time to time. Provider shall give Customer at least 90 days' notice of any change that removes a data field or an endpoint used by Customer, and shall keep the previous version available during that period.

15. GENERAL
15.1 This Agreement, with its Annex (Custom Extracts specification), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
15.2 Neither party may assign this Agreement without the other party's written consent.
15.3 Notices shall be in writing and sent by e-mail and courier to the addresses above. Notices about security incidents may also be given by telephone to the contacts named in the Annex and confirmed in writing afterwards.
15.4 This Agreement is made in English in two originals, one for each party.

For Provider: ____________________ Name / Title
For Customer: ____________________ Name / Title
"""

import json, re, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

TEXTS = {"h554z03": H554Z03, "h554z04": H554Z04, "h554z05": H554Z05, "h554e02": H554E02, "h554e04": H554E04,
         "h554e05": H554E05}
SOURCES = {"h554z01": H554Z01, "h554z02": H554Z02, "h554e01": H554E01, "h554e03": H554E03}
NAMES = {
    "h554z01": "h554z01_health_commission_family_doctor_platform.pdf",
    "h554z02": "h554z02_steel_pipe_welding_line_control_retrofit.docx",
    "h554z03": "h554z03_hotpot_chain_supply_chain_saas.txt",
    "h554z04": "h554z04_fire_brigade_dispatch_system_annual_om.txt",
    "h554z05": "h554z05_pickle_factory_wms_supplier_template.md",
    "h554e01": "h554e01_textile_aps_licence_portugal_vendor.pdf",
    "h554e02": "h554e02_cold_chain_route_saas_order_form_canary_vendor.md",
    "h554e03": "h554e03_cement_plant_condition_sensors_basque_vendor.docx",
    "h554e04": "h554e04_furniture_maker_managed_it_catalan_vendor.md",
    "h554e05": "h554e05_seafood_trader_marine_data_api_madeira_vendor.txt",
}
TARGETS = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in SOURCES}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# a compliant baseline; each draft overrides what differs
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
G, S = "goods_or_licence", "service"
DRAFTS = {
 # key: (language, category, term overrides, extra overrides, TCO fee base or None, design rules)
 "h554z01": ("zh", "software", dict(availability_pct=99.95, prepayment_pct=20, warranty_months=36,
             post_warranty_fee_pct=9), dict(contract_value=2430000, capped=True), 1180000, []),
 "h554z02": ("zh", "hardware", dict(ld_rate_per_day_pct=0.03, prepayment_pct=20, warranty_months=18,
             post_warranty_fee_pct=27), dict(contract_value=2060000, capped=True), 1798000,
             ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
 "h554z03": ("zh", "cloud", dict(availability_pct=99.95, ld_rate_per_day_pct=1000 / 1518000 * 100,
             liability_cap_pct=6 / 36 * 100, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
             subcontract_without_consent=True, contract_kind=S), dict(contract_value=1518000), None,
             ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h554z04": ("zh", "services", dict(availability_pct=99.8, p1_response_hours=0.25, ld_rate_per_day_pct=0.03,
             final_payment_on_acceptance=None, contract_kind=S), dict(contract_value=1386000), None,
             ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "h554z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
             confidentiality=False, ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=65,
             acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
             post_warranty_fee_pct=None, governing_law=None, subcontract_without_consent=None),
             dict(contract_value=668000, capped=False, ld_stated=False, deemed=True), 350000,
             ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
              "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
              "CR-WARRANTY"]),
 "h554e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
             prepayment_pct=18, warranty_months=18, post_warranty_fee_pct=11, governing_law="Portugal"),
             dict(contract_value=1240000, capped=True), 800000, ["CR-GOVERNING-LAW"]),
 "h554e02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
             ld_rate_per_day_pct=500 / 650000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
             auto_renewal_price_increase=True, contract_kind=S), dict(contract_value=650000), None,
             ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
 "h554e03": ("en", "hardware", dict(liability_cap_pct=200, prepayment_pct=10, warranty_months=24,
             post_warranty_fee_pct=8), dict(contract_value=1180000, capped=True), 1040000, []),
 "h554e04": ("en", "services", dict(availability_pct=99.95, p1_response_hours=0.25,
             ld_rate_per_day_pct=1500 / 2550000 * 100, liability_cap_pct=6 / 36 * 100,
             final_payment_on_acceptance=None, termination_for_breach=False, contract_kind=S),
             dict(contract_value=2550000), None, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
 "h554e05": ("en", "services", dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=400 / 432000 * 100,
             liability_cap_pct=150, final_payment_on_acceptance=None, subcontract_without_consent=True,
             contract_kind=S), dict(contract_value=432000, sla=False), None,
             ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
}
RISK = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
        "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
        "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
        "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
        "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
        "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def label(key):
    lang, cat, terms, extra, _, _ = DRAFTS[key]
    t = dict(BASE, **terms)
    ex = {"sla_clause": extra.get("sla", True), "ld_stated": extra.get("ld_stated", True)}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = extra["capped"]
    ex["acceptance_deemed_on_delivery"] = extra.get("deemed", False)
    ex["contract_value"] = extra["contract_value"]
    lab = {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
           "expected_extra": ex}
    lab["expected_rules"] = derive(lab, DRAFTS[key][4])
    return lab


def tco_share(t, ex, base):
    """Policy §4, my reading: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised
    licence / hardware subtotal; share = post-warranty fees / TCO."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (ex["contract_value"] + fees) * 100


def derive(lab, base):
    """My own reading of policy.md §3 (not project code)."""
    t, ex, r = lab["expected_terms"], lab["expected_extra"], set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and ex["post_warranty_fee_capped"] and \
            t["warranty_months"] is not None and tco_share(t, ex, base) > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---- threshold scan -------------------------------------------------------------------------------------------
PATTERNS = [
    r"99\.9(?!\d)\s*%", r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hours?\b|hrs?\b)", r"(?<!十)四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]+hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.05(?!\d)\s*%", r"万分之五(?![十\d])", r"(?<![\d.])100\s*%", r"百分之百", r"(?<![\d.])30\s*%",
    r"百分之三十", r"三成", r"(?<![\d.])12\s*(?:个)?\s*月", r"十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?",
    r"twelve[\s-]+(?:calendar\s+)?months?", r"一年", r"\bone[\s-]+year\b", r"(?<![\d.])15\s*%", r"百分之十五",
    r"fifteen\s+per\s*cent", r"(?<![\d.])40\s*%", r"四成", r"百分之四十", r"(?<![\d.])5\s*年", r"五年",
    r"\bfive[\s-]+years?\b", r"(?<![\d.])5[\s-]+years?\b", r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)",
    r"sixty\s+months", r"(?<![\d.])0\.05(?!\d)\s*per\s*cent",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "12-month"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "130%", "140%", "2015年", "14 hours", "0.4 hours", "1.5%",
             "212 months", "15日", "400%"]


def hits(s):
    return [m.group(0) for rx in RX for m in rx.finditer(s)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    if DRAFTS[key][0] == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for k, txt in TEXTS.items():
        (OUT / NAMES[k]).write_text(txt.strip("\n") + "\n", encoding="utf-8")
        print("wrote", NAMES[k])
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    bad, covered = [], set()
    for k in NAMES:
        lab = label(k)
        assert lab["expected_rules"] == sorted(DRAFTS[k][5]), (k, lab["expected_rules"], DRAFTS[k][5])
        covered |= set(lab["expected_rules"])
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                                   encoding="utf-8")
        src = TEXTS.get(k) or "\n".join(l.partition(":")[2] for l in SOURCES[k].splitlines())
        text = read_back(OUT / NAMES[k])
        for variant in (src, re.sub(r"\s+", " ", src), re.sub(r"\s", "", src), text, re.sub(r"\s+", " ", text),
                        re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                bad.append((k, h))
        n, nws = length(k, text)
        lo, hi = (2750, 3000) if DRAFTS[k][0] == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        risk = max([RISK[r] for r in lab["expected_rules"]] or ["low"], key=["low", "medium", "high"].index)
        tco = ""
        if lab["expected_terms"]["contract_kind"] == G and lab["expected_terms"]["post_warranty_fee_pct"] is not None:
            tco = " tco_share=%.2f" % tco_share(lab["expected_terms"], lab["expected_extra"], DRAFTS[k][4])
        print(k, "len", n, "non-ws", nws, "OK" if ok else "OUT OF RANGE", risk, lab["expected_rules"], tco)
        if not ok:
            bad.append((k, "length", n))
    assert covered == set(RISK), set(RISK) - covered
    # no label value on a threshold
    for k in NAMES:
        t = label(k)["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            assert abs(tco_share(t, label(k)["expected_extra"], DRAFTS[k][4]) - 40) > 2
    print("problems:", bad)
